package dev.certcentral.core.domain;

import static dev.certcentral.core.domain.Fixtures.ADMIN;
import static dev.certcentral.core.domain.Fixtures.CLOCK;
import static dev.certcentral.core.domain.Fixtures.NOW;
import static dev.certcentral.core.domain.Fixtures.REQUESTER;
import static dev.certcentral.core.domain.Fixtures.openRequest;
import static dev.certcentral.core.domain.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.OrderNotCancelableException;
import dev.certcentral.core.domain.error.OrderNotRevocableException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderRulesTest {

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"PENDING", "WAITING_PICKUP"})
  void cancelableStatusesBecomeCanceled(OrderStatus status) {
    OrderCancellation result = order(status).cancel("not needed", List.of(), ADMIN, CLOCK);

    assertThat(result.order().status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(result.rejectedReissue()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"PENDING", "WAITING_PICKUP", "REISSUE_PENDING"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyOtherStatusRefusesCancel(OrderStatus status) {
    Order order = order(status);

    assertThatThrownBy(() -> order.cancel("note", List.of(), ADMIN, CLOCK))
        .isInstanceOf(OrderNotCancelableException.class)
        .hasMessageContaining(status.value())
        .satisfies(
            e -> {
              OrderNotCancelableException refused = (OrderNotCancelableException) e;
              assertThat(refused.currentStatus()).isEqualTo(status.value());
              assertThat(refused.hasErrorCode(ErrorCodes.INVALID_STATUS)).isTrue();
            });
  }

  @Test
  void unknownStatusNamesTheRawStatusWhenRefusing() {
    Order order = Order.builder(Fixtures.ORDER_ID).status("on_hold_for_audit").build();

    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThatThrownBy(() -> order.cancel("note", List.of(), ADMIN, CLOCK))
        .hasMessageContaining("on_hold_for_audit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void blankNoteIsRefusedBeforeTheStatusIsLookedAt(String note) {
    assertThatThrownBy(() -> order(OrderStatus.PENDING).cancel(note, List.of(), ADMIN, CLOCK))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).hasErrorCode(ErrorCodes.MISSING_PARAM))
                    .isTrue());
    assertThatThrownBy(() -> order(OrderStatus.ISSUED).cancel(null, List.of(), ADMIN, CLOCK))
        .isInstanceOf(InvalidRequestException.class)
        .isNotInstanceOf(OrderNotCancelableException.class);
  }

  @Test
  void cancelingReissuePendingReturnsToIssuedAndRejectsTheReissue() {
    Request reissue = openRequest(7, RequestType.REISSUE);
    Request otherRevoke = openRequest(8, RequestType.REVOKE);

    OrderCancellation result =
        order(OrderStatus.REISSUE_PENDING)
            .cancel("keep the old one", List.of(otherRevoke, reissue), ADMIN, CLOCK);

    assertThat(result.order().status()).isEqualTo(OrderStatus.ISSUED);
    Request rejected = result.rejectedReissue().orElseThrow();
    assertThat(rejected.id()).isEqualTo(reissue.id());
    assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(rejected.dateProcessed()).contains(NOW);
    assertThat(rejected.reviewer()).contains(ADMIN);
  }

  @Test
  void cancelingReissuePendingWithoutAnOpenReissueStillReturnsToIssued() {
    OrderCancellation result =
        order(OrderStatus.REISSUE_PENDING).cancel("note", List.of(), ADMIN, CLOCK);

    assertThat(result.order().status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(result.rejectedReissue()).isEmpty();
  }

  @Test
  void revokeRequestIsPendingAndLeavesTheOrderIssued() {
    Order issued = order(OrderStatus.ISSUED);

    Request request =
        issued.requestRevocation(new RequestId(5), "compromised", REQUESTER, List.of(), CLOCK);

    assertThat(request.type()).isEqualTo(RequestType.REVOKE);
    assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(request.date()).isEqualTo(NOW);
    assertThat(request.requester()).contains(REQUESTER);
    assertThat(request.comments()).isEqualTo("compromised");
    assertThat(request.orderId()).contains(issued.id());
    assertThat(request.dateProcessed()).isEmpty();
    assertThat(issued.status()).isEqualTo(OrderStatus.ISSUED);
  }

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"ISSUED"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyIssuedOrdersCanBeRevoked(OrderStatus status) {
    Order order = order(status);

    assertThatThrownBy(
            () -> order.requestRevocation(new RequestId(5), "why", REQUESTER, List.of(), CLOCK))
        .isInstanceOf(OrderNotRevocableException.class)
        .satisfies(
            e ->
                assertThat(((OrderNotRevocableException) e).currentStatus())
                    .isEqualTo(status.value()));
    assertThatThrownBy(() -> order.revokeWithoutApproval("why", List.of()))
        .isInstanceOf(OrderNotRevocableException.class);
  }

  @Test
  void aSecondRevokeWhileOneIsPendingIsRefused() {
    Request pending = openRequest(3, RequestType.REVOKE);
    Order issued = order(OrderStatus.ISSUED);

    assertThatThrownBy(
            () ->
                issued.requestRevocation(
                    new RequestId(4), "again", REQUESTER, List.of(pending), CLOCK))
        .isInstanceOf(OrderNotRevocableException.class)
        .hasMessageContaining("revoke request 3 is still pending");
    assertThatThrownBy(() -> issued.revokeWithoutApproval("now", List.of(pending)))
        .isInstanceOf(OrderNotRevocableException.class);
  }

  @Test
  void aDecidedRevokeRequestOrOneOfAnotherOrderDoesNotBlockANewOne() {
    Request rejected = openRequest(3, RequestType.REVOKE).decide(Decision.REJECT, ADMIN, "", CLOCK);
    Request otherOrders =
        openRequest(4, RequestType.REVOKE).toBuilder().orderId(new OrderId(99)).build();

    Request request =
        order(OrderStatus.ISSUED)
            .requestRevocation(
                new RequestId(5), "again", REQUESTER, List.of(rejected, otherOrders), CLOCK);

    assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
  }

  @Test
  void revokeNeedsComments() {
    assertThatThrownBy(
            () ->
                order(OrderStatus.ISSUED)
                    .requestRevocation(new RequestId(5), " ", REQUESTER, List.of(), CLOCK))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("comments");
  }

  @Test
  void revokeWithoutApprovalRevokesAtOnce() {
    assertThat(order(OrderStatus.ISSUED).revokeWithoutApproval("now", List.of()).status())
        .isEqualTo(OrderStatus.REVOKED);
  }

  @Test
  void builderRoundTripsEveryValue() {
    Order order = order(OrderStatus.WAITING_PICKUP);

    assertThat(order.toBuilder().build()).isEqualTo(order);
    assertThat(order.withStatus(OrderStatus.ISSUED).commonName()).isEqualTo("example.com");
    assertThat(order.organization()).map(Organization::name).contains("Example Inc.");
    assertThat(order.dateCreated()).contains(NOW);
    assertThat(order.validityYears()).isEqualTo(1);
    assertThat(order.productNameId()).isEqualTo("ssl_plus");
  }

  @Test
  void unsetValuesTakeTheirDefaults() {
    Order defaults = Order.builder(Fixtures.ORDER_ID).status(OrderStatus.ISSUED).build();

    assertThat(defaults.rawStatus()).isEqualTo("issued");
    assertThat(defaults.dnsNames()).isEmpty();
    assertThat(defaults.organization()).isEmpty();
    assertThat(defaults.certificate()).isEmpty();
    assertThat(defaults.domainControls()).isEmpty();
    assertThat(defaults.serverPlatformId()).isEqualTo(CertificateDetails.OTHER_SERVER_PLATFORM);
    assertThat(Order.builder(Fixtures.ORDER_ID).status("On_Hold").build().rawStatus())
        .isEqualTo("On_Hold");
  }
}
