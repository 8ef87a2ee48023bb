package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.OrderId;

/**
 * An order's status forbids what was asked; nothing changed. Each refused action has its own
 * subclass, so callers can tell a refused cancel from a refused revoke without reading messages.
 */
public class OrderStatusException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  private final transient OrderId orderId;
  private final String currentStatus;

  /** Creates the exception naming the order, its current raw status and why it was refused. */
  protected OrderStatusException(OrderId orderId, String currentStatus, String message) {
    super(message);
    this.orderId = orderId;
    this.currentStatus = currentStatus;
  }

  /** The order whose status refused the action. */
  public OrderId orderId() {
    return orderId;
  }

  /** The order's status when the action was refused, as CertCentral spells it. */
  public String currentStatus() {
    return currentStatus;
  }
}
