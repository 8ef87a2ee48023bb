package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.OrderId;

/**
 * The order's certificates cannot be revoked now: it is not issued (a pending reissue blocks
 * revocation), or a revoke is already pending.
 */
public class OrderNotRevocableException extends OrderStatusException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the order, its current raw status and the reason. */
  public OrderNotRevocableException(OrderId orderId, String currentStatus, String reason) {
    super(
        orderId,
        currentStatus,
        "order " + orderId + " (" + currentStatus + ") cannot be revoked: " + reason);
  }
}
