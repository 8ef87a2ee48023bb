package dev.certcentral.fake.internal.requests;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestDecision;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.Caller;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests as one caller sees them: revoking an order makes one, deciding one changes its order,
 * both through core's rules and in one write of the account, with the caller's role checked first.
 */
public final class Requests {

  private final Caller caller;
  private final Account account;

  /** The requests the caller's key sees. */
  public Requests(Caller caller) {
    this.caller = caller;
    this.account = caller.account();
  }

  /**
   * {@code PUT /order/certificate/{order_id}/revoke}: a pending revoke request, or with {@code
   * skip_approval} (administrators only) the order revoked at once.
   */
  public RevokeOutcome revoke(OrderId orderId, String comments, boolean skipApproval) {
    caller.requireWrite(skipApproval);
    return account.write(
        () -> {
          Order order = account.findOrder(orderId);
          List<Request> requestsOfOrder = account.requestsOf(orderId);
          if (skipApproval) {
            account.put(order.revokeWithoutApproval(comments, requestsOfOrder));
            return new RevokeOutcome.RevokedImmediately(orderId);
          }
          Request request =
              caller
                  .state()
                  .requestIds()
                  .withNext(
                      id ->
                          order.requestRevocation(
                              new RequestId(id),
                              comments,
                              caller.user(),
                              requestsOfOrder,
                              caller.clock()));
          account.put(request);
          return new RevokeOutcome.RequestCreated(orderId, request);
        });
  }

  /** {@code GET /request/{request_id}}, with its order. */
  public Request get(RequestId requestId) {
    return withOrder(account.findRequest(requestId));
  }

  /** {@code GET /request}: every request, each with its order. */
  public List<Request> list() {
    List<Request> all = new ArrayList<>();
    for (Request request : account.requests()) {
      all.add(withOrder(request));
    }
    return all;
  }

  /**
   * {@code PUT /request/{request_id}/status}: core's decision rule, which also changes the order
   * (approving a revoke request revokes it). Administrators only.
   */
  public void decide(RequestId requestId, Decision decision, String processorComment) {
    caller.requireWrite();
    caller.requireAdministrator("deciding requests");
    account.write(
        () -> {
          Request request = account.findRequest(requestId);
          Order order =
              account.findOrder(request.orderId().orElseThrow(() -> withoutOrder(requestId)));
          RequestDecision result =
              request.decide(decision, caller.user(), processorComment, order, caller.clock());
          account.put(result.order());
          account.put(result.request());
        });
  }

  private Request withOrder(Request request) {
    return request.orderId().flatMap(account::order).map(request::withOrder).orElse(request);
  }

  /** A request about no order cannot be decided here: every request the fake makes has one. */
  private static NotFoundException withoutOrder(RequestId requestId) {
    String message = "request " + requestId + " is about no order";
    return new NotFoundException(
        message, 0, List.of(new DigiCertError(ErrorCodes.ORDER_NOT_FOUND, message)), null);
  }
}
