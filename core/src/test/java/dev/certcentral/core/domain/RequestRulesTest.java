package dev.certcentral.core.domain;

import static dev.certcentral.core.domain.Fixtures.ADMIN;
import static dev.certcentral.core.domain.Fixtures.CLOCK;
import static dev.certcentral.core.domain.Fixtures.NOW;
import static dev.certcentral.core.domain.Fixtures.openRequest;
import static dev.certcentral.core.domain.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.OrderNotRevocableException;
import dev.certcentral.core.domain.error.RequestAlreadyDecidedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestRulesTest {

  @Test
  void approvingARevokeRequestRevokesTheOrder() {
    RequestDecision result =
        openRequest(1, RequestType.REVOKE)
            .decide(Decision.APPROVE, ADMIN, "ok", order(OrderStatus.ISSUED), CLOCK);

    assertThat(result.request().status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(result.request().dateProcessed()).contains(NOW);
    assertThat(result.request().reviewer()).contains(ADMIN);
    assertThat(result.request().processor()).contains(ADMIN);
    assertThat(result.request().processorComment()).contains("ok");
    assertThat(result.order().status()).isEqualTo(OrderStatus.REVOKED);
  }

  @Test
  void rejectingARevokeRequestLeavesTheOrderIssued() {
    RequestDecision result =
        openRequest(1, RequestType.REVOKE)
            .decide(Decision.REJECT, ADMIN, " ", order(OrderStatus.ISSUED), CLOCK);

    assertThat(result.request().status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(result.request().processorComment()).isEmpty();
    assertThat(result.order().status()).isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  void approvingARevokeOfAnOrderNoLongerIssuedIsRefusedAndChangesNothing() {
    Request pending = openRequest(1, RequestType.REVOKE);

    assertThatThrownBy(
            () -> pending.decide(Decision.APPROVE, ADMIN, "", order(OrderStatus.EXPIRED), CLOCK))
        .isInstanceOf(OrderNotRevocableException.class);
    assertThat(pending.status()).isEqualTo(RequestStatus.PENDING);
  }

  @ParameterizedTest
  @EnumSource(
      value = RequestStatus.class,
      names = {"APPROVED", "REJECTED", "UNKNOWN"})
  void onlyOpenRequestsCanBeDecided(RequestStatus status) {
    Request closed = openRequest(1, RequestType.REVOKE).toBuilder().status(status).build();

    for (Decision decision : Decision.values()) {
      assertThatThrownBy(() -> closed.decide(decision, ADMIN, "", order(OrderStatus.ISSUED), CLOCK))
          .isInstanceOf(RequestAlreadyDecidedException.class)
          .hasMessageContaining(status.value())
          .satisfies(
              e ->
                  assertThat(((RequestAlreadyDecidedException) e).currentStatus())
                      .isEqualTo(status.value()));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = RequestStatus.class,
      names = {"SUBMITTED", "PENDING"})
  void submittedAndPendingRequestsCanBeDecided(RequestStatus status) {
    Request open = openRequest(1, RequestType.DUPLICATE).toBuilder().status(status).build();

    RequestDecision result =
        open.decide(Decision.APPROVE, ADMIN, "", order(OrderStatus.ISSUED), CLOCK);

    assertThat(result.request().status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(result.order()).isEqualTo(order(OrderStatus.ISSUED));
  }

  @Test
  void newRequestDecisionsMoveTheOrderOutOfNeedsApproval() {
    Request newRequest = openRequest(1, RequestType.NEW_REQUEST);
    Order waiting = order(OrderStatus.NEEDS_APPROVAL);

    assertThat(newRequest.decide(Decision.APPROVE, ADMIN, "", waiting, CLOCK).order().status())
        .isEqualTo(OrderStatus.PENDING);
    assertThat(newRequest.decide(Decision.REJECT, ADMIN, "", waiting, CLOCK).order().status())
        .isEqualTo(OrderStatus.REJECTED);
    assertThat(
            newRequest
                .decide(Decision.APPROVE, ADMIN, "", order(OrderStatus.PENDING), CLOCK)
                .order()
                .status())
        .isEqualTo(OrderStatus.PENDING);
  }

  @Test
  void reissueDecisions() {
    Request reissue = openRequest(1, RequestType.REISSUE);
    Order reissuing = order(OrderStatus.REISSUE_PENDING);

    assertThat(reissue.decide(Decision.REJECT, ADMIN, "", reissuing, CLOCK).order().status())
        .isEqualTo(OrderStatus.ISSUED);
    assertThat(reissue.decide(Decision.APPROVE, ADMIN, "", reissuing, CLOCK).order().status())
        .isEqualTo(OrderStatus.REISSUE_PENDING);
    assertThat(
            reissue
                .decide(Decision.REJECT, ADMIN, "", order(OrderStatus.ISSUED), CLOCK)
                .order()
                .status())
        .isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  void unknownRequestTypesLeaveTheOrderAlone() {
    Request odd = openRequest(1, RequestType.REVOKE).toBuilder().type("transfer").build();

    assertThat(odd.type()).isEqualTo(RequestType.UNKNOWN);
    assertThat(odd.rawType()).isEqualTo("transfer");
    assertThat(odd.decide(Decision.APPROVE, ADMIN, "", order(OrderStatus.ISSUED), CLOCK).order())
        .isEqualTo(order(OrderStatus.ISSUED));
  }

  @Test
  void aRequestIsDecidedOnlyAgainstItsOwnOrder() {
    Order other = Order.builder(new OrderId(42)).status(OrderStatus.ISSUED).build();

    assertThatThrownBy(
            () ->
                openRequest(1, RequestType.REVOKE)
                    .decide(Decision.APPROVE, ADMIN, "", other, CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void embeddingTheOrderFillsTheOrderId() {
    Request bare = Request.builder(new RequestId(9), NOW).build();
    Request withOrder = bare.withOrder(order(OrderStatus.ISSUED));

    assertThat(bare.orderId()).isEmpty();
    assertThat(withOrder.orderId()).contains(Fixtures.ORDER_ID);
    assertThat(withOrder.order()).contains(order(OrderStatus.ISSUED));
    assertThat(withOrder.toBuilder().build()).isEqualTo(withOrder);
  }

  @Test
  void decisionValuesAreDigiCertsStatusStrings() {
    assertThat(Decision.APPROVE.value()).isEqualTo("approved");
    assertThat(Decision.REJECT.value()).isEqualTo("rejected");
    assertThat(Decision.REJECT.resultingStatus()).isEqualTo(RequestStatus.REJECTED);
  }
}
