package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.OrderId;

/**
 * The order's certificate cannot be reissued now: only an {@code issued} order with no open revoke
 * request can be.
 */
public class OrderNotReissuableException extends OrderStatusException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the order, its current raw status and the reason. */
  public OrderNotReissuableException(OrderId orderId, String currentStatus, String reason) {
    super(
        orderId,
        currentStatus,
        "order " + orderId + " (" + currentStatus + ") cannot be reissued: " + reason);
  }
}
