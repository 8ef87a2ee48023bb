package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.OrderId;

/**
 * A certificate cannot be issued for the order now: its request is not approved, a domain has not
 * passed DCV, or the order is not waiting for a certificate at all.
 */
public class OrderNotIssuableException extends OrderStatusException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the order, its current raw status and the reason. */
  public OrderNotIssuableException(OrderId orderId, String currentStatus, String reason) {
    super(
        orderId,
        currentStatus,
        "order " + orderId + " (" + currentStatus + ") cannot be issued: " + reason);
  }
}
