package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.OrderId;

/** The order's certificates cannot be revoked now: it is not issued, or a revoke is pending. */
public class OrderNotRevocableException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  private final String currentStatus;

  /** Creates the exception naming the order, its current raw status and the reason. */
  public OrderNotRevocableException(OrderId orderId, String currentStatus, String reason) {
    super(message(orderId, currentStatus, reason));
    this.currentStatus = currentStatus;
  }

  /** The order's status when the revoke was refused, as CertCentral spells it. */
  public String currentStatus() {
    return currentStatus;
  }

  private static String message(OrderId orderId, String currentStatus, String reason) {
    return "order " + orderId + " (" + currentStatus + ") cannot be revoked: " + reason;
  }
}
