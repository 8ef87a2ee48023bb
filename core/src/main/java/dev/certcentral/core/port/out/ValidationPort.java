package dev.certcentral.core.port.out;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderValidation;

/** The validation state of orders, as a CertCentral reports it. */
public interface ValidationPort {

  /** {@code GET /order/certificate/{order_id}/validation}. */
  OrderValidation getValidationStatus(OrderId orderId);
}
