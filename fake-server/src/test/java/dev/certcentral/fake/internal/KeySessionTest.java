package dev.certcentral.fake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.error.DcvCheckFailedException;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.dcv.DomainValidation;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Check-DCV through core's port, as one key sees the state, without HTTP. */
class KeySessionTest {

  private static final String NAME = "dcv.example";

  @Test
  void checkDcvRefusesAMissingTokenAndAnswersOnceItIsInPlace() {
    State state = Resources.wire(new State(SimulatedClock.system(), Optional.empty()));
    state.dcvPolicy(DcvPolicy.never());
    Caller admin = state.caller(state.keys().add("admin-key", KeyRole.ADMINISTRATOR, 1));
    OrderId orderId =
        new OrderFactory(state)
            .create(
                1,
                OrderSpec.status(OrderStatus.PENDING)
                    .commonName(NAME)
                    .dcvMethod(DcvMethod.DNS_TXT_TOKEN))
            .id();
    KeySession session = new KeySession(admin);

    assertThatThrownBy(() -> session.checkDcv(orderId))
        .isInstanceOf(DcvCheckFailedException.class)
        .satisfies(
            e -> assertThat(((DcvCheckFailedException) e).pendingNames()).containsExactly(NAME));

    new DomainValidation(state).tokenInPlace(admin.account(), orderId, NAME);
    DcvCheck check = session.checkDcv(orderId);

    assertThat(check.dcvStatus()).isEqualTo(DcvCheck.VALID);
    assertThat(check.rawOrderStatus()).isEqualTo(OrderStatus.ISSUED.value());
    assertThat(check.certificateId())
        .isEqualTo(session.getOrder(orderId).certificate().map(c -> c.id()));
    assertThat(check.dnsNameValidations())
        .extracting(DcvCheck.NameStatus::dnsName)
        .containsExactly(NAME);
  }
}
