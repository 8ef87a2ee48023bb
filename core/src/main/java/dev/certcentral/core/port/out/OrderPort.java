package dev.certcentral.core.port.out;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.RevokeOutcome;

/**
 * Certificate orders as a CertCentral keeps them: read them, cancel them, revoke their
 * certificates.
 *
 * <p>Every method throws a {@link dev.certcentral.core.domain.error.CertCentralException} subtype
 * on failure; implementations must not let anything else escape.
 */
public interface OrderPort {

  /**
   * {@code GET /order/certificate/{order_id}}.
   *
   * @throws dev.certcentral.core.domain.error.NotFoundException if the key cannot see the order
   */
  Order getOrder(OrderId orderId);

  /** {@code GET /order/certificate} with offset, limit and an optional status filter. */
  OrderPage listOrders(OrderQuery query);

  /**
   * {@code PUT /order/certificate/{order_id}/status} with {@code status: canceled}: cancels a
   * {@code pending} or {@code waiting_pickup} order.
   *
   * @param note why; required, a blank note is refused
   * @throws dev.certcentral.core.domain.error.OrderNotCancelableException (or its rule-violation
   *     parent over HTTP) if the order's status does not allow it
   */
  void cancelOrder(OrderId orderId, String note);

  /**
   * {@code PUT /order/certificate/{order_id}/revoke}: asks for all the order's certificates to be
   * revoked.
   *
   * <p>Not idempotent: every successful call creates a request. After an ambiguous failure
   * (timeout, dropped connection) list the requests before calling again.
   *
   * @param comments why; required
   * @param skipApproval revoke at once, without a request (administrators only)
   * @return the created pending request, or that the order was revoked at once
   */
  RevokeOutcome revokeOrderCertificates(OrderId orderId, String comments, boolean skipApproval);
}
