package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.OrderId;

/**
 * The order's status does not allow canceling it; only {@code pending} or {@code waiting_pickup}.
 */
public class OrderNotCancelableException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  private final String currentStatus;

  /** Creates the exception naming the order and its current raw status. */
  public OrderNotCancelableException(OrderId orderId, String currentStatus) {
    super(message(orderId, currentStatus));
    this.currentStatus = currentStatus;
  }

  /** The order's status when the cancel was refused, as CertCentral spells it. */
  public String currentStatus() {
    return currentStatus;
  }

  private static String message(OrderId orderId, String currentStatus) {
    return "order "
        + orderId
        + " is "
        + currentStatus
        + "; only pending or waiting_pickup orders can be canceled";
  }
}
