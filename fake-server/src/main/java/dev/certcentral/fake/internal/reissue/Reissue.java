package dev.certcentral.fake.internal.reissue;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderReissue;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestDecision;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.fake.internal.ca.CsrCheck;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.DcvTokens;
import dev.certcentral.fake.internal.state.State;
import java.util.List;

/**
 * Reissuing as one caller: core's reissue rule decides whether the order may be reissued and what
 * the new certificate secures; the CA checks the new CSR against those names before anything is
 * stored. With {@code skip_approval} (administrators only) the reissue request is approved in the
 * same write, which opens DCV for any new name.
 */
public final class Reissue {

  private final Caller caller;
  private final State state;
  private final Account account;

  /** Reissue as the caller's key may do it. */
  public Reissue(Caller caller) {
    this.caller = caller;
    this.state = caller.state();
    this.account = caller.account();
  }

  /**
   * {@code POST /order/certificate/{order_id}/reissue}.
   *
   * @throws dev.certcentral.core.domain.error.OrderNotReissuableException unless the order is
   *     issued with no revoke pending
   * @throws dev.certcentral.core.domain.error.CsrInvalidException for a CSR the CA does not take
   */
  public SubmittedOrder reissue(
      OrderId orderId, CertificateDetails certificate, boolean skipApproval) {
    caller.requireWrite(skipApproval);
    return account.write(
        () -> {
          Order order = account.findOrder(orderId);
          List<Request> requests = account.requestsOf(orderId);
          long earlier = requests.stream().filter(r -> r.type() == RequestType.REISSUE).count();
          String token = DcvTokens.of(state.seed(), orderId, "reissue-" + earlier);
          OrderReissue reissue =
              state
                  .requestIds()
                  .withNext(
                      requestId -> {
                        OrderReissue asked =
                            order.requestReissue(
                                new RequestId(requestId),
                                certificate,
                                caller.user(),
                                token,
                                requests,
                                caller.clock());
                        CertificateDetails next = asked.order().pendingReissue().orElseThrow();
                        CsrCheck.check(next.csr(), next.securedNames());
                        return asked;
                      });
          Request request = reissue.request();
          Order after = reissue.order();
          if (skipApproval) {
            RequestDecision decided =
                request.decide(Decision.APPROVE, caller.user(), "", after, caller.clock());
            after = decided.order();
            request = decided.request();
          }
          // The reactions read what is stored, so the order of these writes matters. An open
          // reissue request goes in before the reissue_pending order: stored after it, issuance
          // would see no open request and issue at once, without approval, whenever every name
          // was already validated. An approved one (skip_approval) goes in after the order, so
          // that its approval opens DCV on the reissue_pending order.
          if (request.status().isOpen()) {
            account.put(request);
            account.put(after);
          } else {
            account.put(after);
            account.put(request);
          }
          return SubmittedOrder.of(account.findOrder(orderId), account.findRequest(request.id()));
        });
  }
}
