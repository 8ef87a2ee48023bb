package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderValidation;

/** Read the validation status of an order. */
public interface GetValidationStatusUseCase {

  /** Organization and domain validations of the order. */
  OrderValidation getValidationStatus(OrderId orderId);
}
