package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.OrderId;

/**
 * The order's status does not allow canceling it; only {@code pending} or {@code waiting_pickup}.
 */
public class OrderNotCancelableException extends OrderStatusException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the order and its current raw status. */
  public OrderNotCancelableException(OrderId orderId, String currentStatus) {
    super(
        orderId,
        currentStatus,
        "order "
            + orderId
            + " is "
            + currentStatus
            + "; only pending or waiting_pickup orders can be canceled");
  }
}
