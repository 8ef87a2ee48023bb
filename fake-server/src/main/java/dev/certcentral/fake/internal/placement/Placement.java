package dev.certcentral.fake.internal.placement;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPlacement;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.internal.ca.CsrCheck;
import dev.certcentral.fake.internal.products.Product;
import dev.certcentral.fake.internal.products.Products;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.DcvTokens;
import dev.certcentral.fake.internal.state.State;

/**
 * Placing orders as one caller: the product, the caller's role and the CSR are checked before an
 * order exists, then core's placement rule makes the order and its request in one write, whose
 * reactions open DCV (with {@code skip_approval}) and issue when DCV completes at once.
 */
public final class Placement {

  private final Caller caller;
  private final State state;
  private final Account account;

  /** Placement as the caller's key may do it. */
  public Placement(Caller caller) {
    this.caller = caller;
    this.state = caller.state();
    this.account = caller.account();
  }

  /**
   * {@code POST /order/certificate/{product_name_id}}.
   *
   * @throws dev.certcentral.core.domain.error.NotFoundException {@code not_found|product} for a
   *     product the fake does not sell
   * @throws dev.certcentral.core.domain.error.CsrInvalidException for a CSR the CA does not take
   * @throws InvalidRequestException for an OV or EV order without an organization
   */
  public SubmittedOrder place(NewOrder newOrder) {
    caller.requireWrite(newOrder.skipApproval());
    Product product = Products.require(newOrder.productNameId());
    if (product.needsOrganization() && newOrder.organizationId().isEmpty()) {
      throw InvalidRequestException.missingParameter("organization.id");
    }
    CertificateDetails certificate = newOrder.certificate();
    CsrCheck.check(certificate.csr(), certificate.securedNames());
    OrderId id = new OrderId(state.orderIds().next());
    String token = DcvTokens.of(state.seed(), id, "order");
    return account.write(
        () -> {
          OrderPlacement placed =
              state
                  .requestIds()
                  .withNext(
                      requestId ->
                          Order.place(
                              id,
                              newOrder,
                              new RequestId(requestId),
                              caller.user(),
                              token,
                              caller.clock()));
          account.put(placed.order());
          account.put(placed.request());
          return SubmittedOrder.of(
              account.findOrder(id), account.findRequest(placed.request().id()));
        });
  }
}
