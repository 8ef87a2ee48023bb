package dev.certcentral.fake.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Revoke requests and decisions as each role may make them, over a state built in memory. */
class RequestsTest {

  private State state;
  private Account account;

  @BeforeEach
  void newState() {
    state = new State(SimulatedClock.system(), Optional.empty());
    account = state.account(1);
  }

  @Test
  void aUserRevokeMakesAPendingRequestAndAnAdministratorMayRevokeAtOnce() {
    OrderId asked = given(OrderStatus.ISSUED);
    OrderId atOnce = given(OrderStatus.ISSUED);

    RevokeOutcome outcome = requests(KeyRole.USER).revoke(asked, "key lost", false);
    requests(KeyRole.ADMINISTRATOR).revoke(atOnce, "key lost", true);

    assertThat(outcome).isInstanceOf(RevokeOutcome.RequestCreated.class);
    Request request = ((RevokeOutcome.RequestCreated) outcome).request();
    assertThat(request.type()).isEqualTo(RequestType.REVOKE);
    assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(account.findRequest(request.id())).isEqualTo(request);
    assertThat(account.findOrder(asked).status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(account.findOrder(atOnce).status()).isEqualTo(OrderStatus.REVOKED);
  }

  @Test
  void aViewOnlyKeyCannotAskToRevokeNorAUserSkipApproval() {
    OrderId id = given(OrderStatus.ISSUED);

    assertDenied(() -> requests(KeyRole.VIEW_ONLY).revoke(id, "no", false), "view-only");
    assertDenied(() -> requests(KeyRole.USER).revoke(id, "no", true), "skip_approval");
    assertThat(account.requestsOf(id)).isEmpty();
    assertThat(account.findOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  void onlyAnAdministratorDecidesAndApprovingARevokeRequestRevokesTheOrder() {
    OrderId id = given(OrderStatus.ISSUED);
    RevokeOutcome.RequestCreated outcome =
        (RevokeOutcome.RequestCreated) requests(KeyRole.USER).revoke(id, "key lost", false);
    RequestId request = outcome.request().id();

    assertDenied(
        () -> requests(KeyRole.VIEW_ONLY).decide(request, Decision.APPROVE, ""), "view-only");
    assertDenied(
        () -> requests(KeyRole.USER).decide(request, Decision.APPROVE, ""), "deciding requests");
    assertThat(account.findRequest(request).status()).isEqualTo(RequestStatus.PENDING);

    requests(KeyRole.ADMINISTRATOR).decide(request, Decision.APPROVE, "ok");

    assertThat(account.findRequest(request).status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(account.findOrder(id).status()).isEqualTo(OrderStatus.REVOKED);
  }

  @Test
  void aRequestAboutNoOrderCannotBeDecided() {
    RequestId id = new RequestId(state.requestIds().next());
    account.write(
        () -> account.put(Request.builder(id, Instant.now()).type(RequestType.REVOKE).build()));

    assertThatThrownBy(() -> requests(KeyRole.ADMINISTRATOR).decide(id, Decision.APPROVE, ""))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.ORDER_NOT_FOUND));
  }

  @Test
  void requestsAreReadWithTheirOrderAsItStandsNow() {
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    Requests admin = requests(KeyRole.ADMINISTRATOR);

    Request request = admin.list().get(0);

    assertThat(request.order()).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(id));
    assertThat(admin.get(request.id()).order()).isEqualTo(request.order());
  }

  private static void assertDenied(Runnable call, String why) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> {
              assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.MISSING_PERMISSION);
              assertThat(e.getMessage()).contains(why);
            });
  }

  private OrderId given(OrderStatus status) {
    return new OrderFactory(state).create(1, OrderSpec.status(status)).id();
  }

  private Requests requests(KeyRole role) {
    return new Requests(state.caller(state.keys().add("key-" + role.value(), role, 1)));
  }
}
