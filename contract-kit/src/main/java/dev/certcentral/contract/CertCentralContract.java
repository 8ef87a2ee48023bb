package dev.certcentral.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.RuleViolationException;
import dev.certcentral.core.port.out.CertCentral;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The port contract: what every implementation of {@link CertCentral} must do, whether it is the
 * fake's in-memory store, the HTTP adapter talking to the fake, or the HTTP adapter talking to
 * DigiCert. Subclasses supply a {@link CertCentralFixture} through {@link #fixture()}, which the
 * contract calls on first use inside each scenario: an implementation built in the subclass's own
 * {@code @BeforeEach} is ready by then.
 *
 * <p>Rule violations are asserted by type ({@link RuleViolationException}) and never by code:
 * DigiCert documents no code for a refused state change, so the fake's own {@code invalid_status}
 * is not what the real API sends, and the client classifies the refusal from the call.
 */
public abstract class CertCentralContract {

  /** An order id no fixture ever hands out. */
  protected static final OrderId MISSING_ORDER = new OrderId(999_999_999L);

  /** A request id no fixture ever hands out. */
  protected static final RequestId MISSING_REQUEST = new RequestId(999_999_999L);

  private CertCentralFixture fixture;

  /** For subclasses; the scenarios need nothing but {@link #fixture()}. */
  protected CertCentralContract() {}

  /**
   * The fixture for the implementation under test. The contract asks for it once per scenario, on
   * first use inside the scenario, so it runs after every {@code @BeforeEach} of the subclass: a
   * subclass may build its implementation there.
   *
   * @return the fixture for this scenario
   */
  protected abstract CertCentralFixture fixture();

  @AfterEach
  void forgetFixture() {
    // A PER_CLASS test instance would otherwise carry one scenario's fixture into the next.
    fixture = null;
  }

  // --- orders --------------------------------------------------------------------------------

  @Test
  @DisplayName("an order can be read back with its id and status")
  void getOrderReturnsTheOrder() {
    OrderId id = givenOrder(OrderStatus.ISSUED);

    Order order = certCentral().getOrder(id);

    assertThat(order.id()).isEqualTo(id);
    assertThat(order.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(order.commonName()).isNotBlank();
  }

  @Test
  @DisplayName("reading an unknown order is a NotFoundException")
  void getOrderUnknown() {
    assertThatThrownBy(() -> certCentral().getOrder(MISSING_ORDER))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("the order list filtered by status holds only orders in that status")
  void listOrdersFiltersByStatus() {
    OrderId waiting = givenOrder(OrderStatus.WAITING_PICKUP);
    OrderId issued = givenOrder(OrderStatus.ISSUED);

    OrderPage page = certCentral().listOrders(OrderQuery.withStatus(OrderStatus.WAITING_PICKUP));

    assertThat(page.orders()).extracting(Order::status).containsOnly(OrderStatus.WAITING_PICKUP);
    assertThat(page.orders()).extracting(Order::id).contains(waiting).doesNotContain(issued);
    assertThat(page.total()).isGreaterThanOrEqualTo(page.orders().size());
  }

  @Test
  @DisplayName("the order list pages by offset and limit")
  void listOrdersPages() {
    givenOrder(OrderStatus.PENDING);
    givenOrder(OrderStatus.PENDING);

    OrderPage first = certCentral().listOrders(new OrderQuery(0, 1, Optional.empty()));
    OrderPage second = certCentral().listOrders(new OrderQuery(1, 1, Optional.empty()));

    assertThat(first.orders()).hasSize(1);
    assertThat(second.orders()).hasSize(1);
    assertThat(first.orders().get(0).id()).isNotEqualTo(second.orders().get(0).id());
    assertThat(first.total()).isGreaterThanOrEqualTo(2).isEqualTo(second.total());
    assertThat(second.offset()).isEqualTo(1);
    assertThat(second.limit()).isEqualTo(1);
  }

  // --- cancel ---------------------------------------------------------------------------------

  @Test
  @DisplayName("a pending order can be canceled")
  void cancelPending() {
    OrderId id = givenOrder(OrderStatus.PENDING);

    certCentral().cancelOrder(id, "no longer needed");

    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  @DisplayName("a waiting_pickup order can be canceled")
  void cancelWaitingPickup() {
    OrderId id = givenOrder(OrderStatus.WAITING_PICKUP);

    certCentral().cancelOrder(id, "no longer needed");

    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  @DisplayName("an issued order cannot be canceled, and stays issued")
  void cancelIssuedIsRefused() {
    OrderId id = givenOrder(OrderStatus.ISSUED);

    assertRuleViolation(() -> certCentral().cancelOrder(id, "too late"));
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  @DisplayName("a canceled order cannot be canceled again")
  void cancelTwiceIsRefused() {
    OrderId id = givenOrder(OrderStatus.PENDING);
    certCentral().cancelOrder(id, "first");

    assertRuleViolation(() -> certCentral().cancelOrder(id, "second"));
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  @DisplayName("a revoked order cannot be canceled")
  void cancelRevokedIsRefused() {
    OrderId id = givenOrder(OrderStatus.REVOKED);

    assertRuleViolation(() -> certCentral().cancelOrder(id, "why not"));
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.REVOKED);
  }

  @Test
  @DisplayName("a cancel without a note is refused as invalid, and changes nothing")
  void cancelBlankNoteIsRefused() {
    OrderId id = givenOrder(OrderStatus.PENDING);

    assertThatThrownBy(() -> certCentral().cancelOrder(id, "  "))
        .isInstanceOf(InvalidRequestException.class)
        .isNotInstanceOf(RuleViolationException.class);
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.PENDING);
  }

  @Test
  @DisplayName("canceling an unknown order is a NotFoundException")
  void cancelUnknown() {
    assertThatThrownBy(() -> certCentral().cancelOrder(MISSING_ORDER, "note"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("canceling a reissue_pending order returns it to issued and rejects the reissue")
  void cancelReissuePending() {
    OrderId id = givenOrder(OrderStatus.REISSUE_PENDING);
    Request reissue = openRequestOf(id, RequestType.REISSUE);

    certCentral().cancelOrder(id, "keep the old certificate");

    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
    Request after = certCentral().getRequest(reissue.id());
    assertThat(after.status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(after.dateProcessed()).isPresent();
  }

  // --- revoke ---------------------------------------------------------------------------------

  @Test
  @DisplayName("revoking an issued order creates a pending revoke request; the order stays issued")
  void revokeCreatesPendingRequest() {
    OrderId id = givenOrder(OrderStatus.ISSUED);

    RevokeOutcome outcome = certCentral().revokeOrderCertificates(id, "key compromised", false);

    assertThat(outcome).isInstanceOf(RevokeOutcome.RequestCreated.class);
    Request request = ((RevokeOutcome.RequestCreated) outcome).request();
    assertThat(request.type()).isEqualTo(RequestType.REVOKE);
    assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(request.comments()).isEqualTo("key compromised");
    assertThat(request.dateProcessed()).isEmpty();
    assertThat(outcome.orderId()).isEqualTo(id);
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  @DisplayName("only an issued order can be revoked; a pending one is refused without a request")
  void revokePendingIsRefused() {
    OrderId id = givenOrder(OrderStatus.PENDING);
    int requestsBefore = certCentral().listRequests().size();

    assertRuleViolation(() -> certCentral().revokeOrderCertificates(id, "why", false));
    assertThat(certCentral().listRequests()).hasSize(requestsBefore);
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.PENDING);
  }

  @Test
  @DisplayName("a canceled order cannot be revoked")
  void revokeCanceledIsRefused() {
    OrderId id = givenOrder(OrderStatus.CANCELED);

    assertRuleViolation(() -> certCentral().revokeOrderCertificates(id, "why", false));
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  @DisplayName("a revoke without comments is refused as invalid")
  void revokeBlankCommentsIsRefused() {
    OrderId id = givenOrder(OrderStatus.ISSUED);

    assertThatThrownBy(() -> certCentral().revokeOrderCertificates(id, "", false))
        .isInstanceOf(InvalidRequestException.class)
        .isNotInstanceOf(RuleViolationException.class);
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  @DisplayName("revoking an unknown order is a NotFoundException")
  void revokeUnknown() {
    assertThatThrownBy(() -> certCentral().revokeOrderCertificates(MISSING_ORDER, "why", false))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("a second revoke while one is pending is refused")
  void secondRevokeIsRefused() {
    OrderId id = givenOrder(OrderStatus.ISSUED);
    certCentral().revokeOrderCertificates(id, "first", false);

    assertRuleViolation(() -> certCentral().revokeOrderCertificates(id, "second", false));
  }

  @Test
  @DisplayName("skip_approval revokes at once, without a request")
  void revokeSkippingApproval() {
    OrderId id = givenOrder(OrderStatus.ISSUED);

    RevokeOutcome outcome = certCentral().revokeOrderCertificates(id, "compromised", true);

    assertThat(outcome).isEqualTo(new RevokeOutcome.RevokedImmediately(id));
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.REVOKED);
    assertThat(certCentral().listRequests())
        .noneMatch(r -> r.orderId().equals(Optional.of(id)) && r.type() == RequestType.REVOKE);
  }

  // --- requests -------------------------------------------------------------------------------

  @Test
  @DisplayName("a pending request reads back without date_processed and with its order")
  void getPendingRequest() {
    OrderId id = givenOrder(OrderStatus.ISSUED);
    Request created = revoke(id);

    Request read = certCentral().getRequest(created.id());

    assertThat(read.id()).isEqualTo(created.id());
    assertThat(read.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(read.type()).isEqualTo(RequestType.REVOKE);
    assertThat(read.dateProcessed()).isEmpty();
    assertThat(read.orderId()).contains(id);
    assertThat(read.order()).map(Order::status).contains(OrderStatus.ISSUED);
  }

  @Test
  @DisplayName("reading an unknown request is a NotFoundException")
  void getRequestUnknown() {
    assertThatThrownBy(() -> certCentral().getRequest(MISSING_REQUEST))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("the request list holds the requests created")
  void listRequestsHoldsCreated() {
    Request created = revoke(givenOrder(OrderStatus.ISSUED));

    assertThat(certCentral().listRequests()).extracting(Request::id).contains(created.id());
  }

  @Test
  @DisplayName("approving a revoke request revokes the order and records the decision")
  void approveRevokes() {
    OrderId id = givenOrder(OrderStatus.ISSUED);
    Request created = revoke(id);

    certCentral().decideRequest(created.id(), Decision.APPROVE, "approved by security");

    Request decided = certCentral().getRequest(created.id());
    assertThat(decided.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(decided.dateProcessed()).isPresent();
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.REVOKED);
  }

  @Test
  @DisplayName("rejecting a revoke request leaves the order issued, and it can be revoked again")
  void rejectKeepsIssued() {
    OrderId id = givenOrder(OrderStatus.ISSUED);
    Request created = revoke(id);

    certCentral().decideRequest(created.id(), Decision.REJECT, "not compromised");

    assertThat(certCentral().getRequest(created.id()).status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(revoke(id).status()).isEqualTo(RequestStatus.PENDING);
  }

  @Test
  @DisplayName("a decided request cannot be decided again, either way")
  void decidedRequestNeverChanges() {
    OrderId id = givenOrder(OrderStatus.ISSUED);
    Request created = revoke(id);
    certCentral().decideRequest(created.id(), Decision.REJECT, "no");
    Request rejected = certCentral().getRequest(created.id());

    assertRuleViolation(() -> certCentral().decideRequest(created.id(), Decision.APPROVE, "yes"));
    assertRuleViolation(() -> certCentral().decideRequest(created.id(), Decision.REJECT, "again"));

    Request after = certCentral().getRequest(created.id());
    assertThat(after.status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(after.dateProcessed()).isEqualTo(rejected.dateProcessed());
    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  @DisplayName("deciding an unknown request is a NotFoundException")
  void decideUnknown() {
    assertThatThrownBy(() -> certCentral().decideRequest(MISSING_REQUEST, Decision.APPROVE, ""))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("approving a new-certificate request moves its order on from needs_approval")
  void approveNewRequest() {
    OrderId id = givenOrder(OrderStatus.NEEDS_APPROVAL);
    Request newRequest = openRequestOf(id, RequestType.NEW_REQUEST);

    certCentral().decideRequest(newRequest.id(), Decision.APPROVE, "");

    // Pending while a domain still has to show control; issued at once when every domain has
    // already (a fake whose DCV passes instantly, an account with its domains validated).
    assertThat(certCentral().getOrder(id).status()).isIn(OrderStatus.PENDING, OrderStatus.ISSUED);
    assertThat(certCentral().getRequest(newRequest.id()).status())
        .isEqualTo(RequestStatus.APPROVED);
  }

  @Test
  @DisplayName("rejecting a new-certificate request rejects its order")
  void rejectNewRequest() {
    OrderId id = givenOrder(OrderStatus.NEEDS_APPROVAL);
    Request newRequest = openRequestOf(id, RequestType.NEW_REQUEST);

    certCentral().decideRequest(newRequest.id(), Decision.REJECT, "not ours");

    assertThat(certCentral().getOrder(id).status()).isEqualTo(OrderStatus.REJECTED);
  }

  // --- validation -----------------------------------------------------------------------------

  @Test
  @DisplayName("the validation status names the order and its current status")
  void validationStatus() {
    OrderId id = givenOrder(OrderStatus.PENDING);

    OrderValidation validation = certCentral().getValidationStatus(id);

    assertThat(validation.orderId()).isEqualTo(id);
    assertThat(validation.orderStatus()).isEqualTo(OrderStatus.PENDING);
  }

  @Test
  @DisplayName("the validation status follows the order through a cancel")
  void validationFollowsCancel() {
    OrderId id = givenOrder(OrderStatus.PENDING);
    certCentral().cancelOrder(id, "changed our mind");

    assertThat(certCentral().getValidationStatus(id).orderStatus()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  @DisplayName("the validation status of an unknown order is a NotFoundException")
  void validationUnknown() {
    assertThatThrownBy(() -> certCentral().getValidationStatus(MISSING_ORDER))
        .isInstanceOf(NotFoundException.class);
  }

  // --- helpers --------------------------------------------------------------------------------

  private CertCentralFixture given() {
    if (fixture == null) {
      fixture = fixture();
    }
    return fixture;
  }

  private CertCentral certCentral() {
    return given().certCentral();
  }

  private OrderId givenOrder(OrderStatus status) {
    return given().givenOrder(status);
  }

  private Request revoke(OrderId id) {
    RevokeOutcome outcome = certCentral().revokeOrderCertificates(id, "revoke " + id, false);
    assertThat(outcome).isInstanceOf(RevokeOutcome.RequestCreated.class);
    return ((RevokeOutcome.RequestCreated) outcome).request();
  }

  private Request openRequestOf(OrderId id, RequestType type) {
    List<Request> matching =
        certCentral().listRequests().stream()
            .filter(r -> r.orderId().equals(Optional.of(id)) && r.type() == type)
            .filter(r -> r.status().isOpen())
            .toList();
    assertThat(matching).as("open %s request of order %s", type, id).hasSize(1);
    return matching.get(0);
  }

  private static void assertRuleViolation(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOf(RuleViolationException.class);
  }
}
