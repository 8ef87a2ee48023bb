package dev.certcentral.fake.internal.reissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.Resources;
import dev.certcentral.fake.internal.ca.Csrs;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.DcvTokens;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reissues as each role may ask for them, over a seeded state wired as the fake wires it, with DCV
 * never passing by itself so the reissue's new names stay open.
 */
class ReissueTest {

  private static final long SEED = 7;
  private static KeyPair keys;

  private State state;

  @BeforeAll
  static void keys() {
    keys = Csrs.ec("secp256r1");
  }

  @BeforeEach
  void newState() {
    state = Resources.wire(new State(SimulatedClock.system(), Optional.of(SEED)));
    state.dcvPolicy(DcvPolicy.never());
  }

  @Test
  void aReissueWaitsForApprovalWithItsNewNamesOpenOnTheReissuesOwnToken() {
    OrderId id = givenIssued();

    SubmittedOrder submitted = reissue(KeyRole.USER, id, false);

    Order order = state.account(1).findOrder(id);
    assertThat(order.status()).isEqualTo(OrderStatus.REISSUE_PENDING);
    assertThat(submitted.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.PENDING));
    // The first reissue's token, however many other requests the order had before.
    assertThat(control(order, "new.example.com").token())
        .contains(DcvTokens.of(Optional.of(SEED), id, "reissue-0"));
  }

  @Test
  void withSkipApprovalAnAdministratorsReissueIsApprovedAndOpensDcv() {
    OrderId id = givenIssued();

    SubmittedOrder submitted = reissue(KeyRole.ADMINISTRATOR, id, true);

    Order order = state.account(1).findOrder(id);
    assertThat(order.status()).isEqualTo(OrderStatus.REISSUE_PENDING);
    assertThat(order.pendingReissue()).isPresent();
    assertThat(submitted.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.APPROVED));
    assertThat(state.account(1).requestsOf(id))
        .filteredOn(r -> r.type() == RequestType.REISSUE)
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.APPROVED));
  }

  @Test
  void aViewOnlyKeyCannotReissueNorAUserSkipApproval() {
    OrderId id = givenIssued();

    for (Runnable denied :
        List.<Runnable>of(
            () -> reissue(KeyRole.VIEW_ONLY, id, false), () -> reissue(KeyRole.USER, id, true))) {
      assertThatThrownBy(denied::run)
          .isInstanceOfSatisfying(
              CertCentralException.class,
              e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.MISSING_PERMISSION));
    }
    assertThat(state.account(1).findOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(state.account(1).requestsOf(id)).noneMatch(r -> r.type() == RequestType.REISSUE);
  }

  private OrderId givenIssued() {
    // A revoke request asked and rejected first: a request of another type in the order's past.
    OrderId id =
        new OrderFactory(state)
            .create(1, OrderSpec.status(OrderStatus.ISSUED).dcvMethod(DcvMethod.DNS_TXT_TOKEN))
            .id();
    Caller admin = caller(KeyRole.ADMINISTRATOR);
    var asked =
        (dev.certcentral.core.domain.RevokeOutcome.RequestCreated)
            new dev.certcentral.fake.internal.requests.Requests(admin).revoke(id, "oops", false);
    new dev.certcentral.fake.internal.requests.Requests(admin)
        .decide(asked.request().id(), dev.certcentral.core.domain.Decision.REJECT, "no");
    return id;
  }

  private SubmittedOrder reissue(KeyRole role, OrderId id, boolean skipApproval) {
    return new Reissue(caller(role))
        .reissue(
            id,
            CertificateDetails.builder()
                .dnsNames(List.of("example.com", "new.example.com"))
                .csr(Csrs.pem(keys, "example.com", List.of("example.com", "new.example.com")))
                .build(),
            skipApproval);
  }

  private static DomainControl control(Order order, String name) {
    return order.domainControls().stream()
        .filter(c -> c.dnsName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private Caller caller(KeyRole role) {
    String value = "key-" + role.value();
    return state.caller(state.keys().find(value).orElseGet(() -> state.keys().add(value, role, 1)));
  }
}
