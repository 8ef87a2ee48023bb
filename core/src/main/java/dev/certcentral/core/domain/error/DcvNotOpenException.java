package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.OrderId;

/**
 * Domain control validation is not open for the order: it starts once the order's new-certificate
 * or reissue request is approved, and ends with issuance.
 */
public class DcvNotOpenException extends OrderStatusException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the order, its current raw status and the reason. */
  public DcvNotOpenException(OrderId orderId, String currentStatus, String reason) {
    super(
        orderId,
        currentStatus,
        "order " + orderId + " (" + currentStatus + ") takes no DCV now: " + reason);
  }
}
