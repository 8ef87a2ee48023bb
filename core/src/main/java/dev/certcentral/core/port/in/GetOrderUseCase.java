package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;

/** Read one order. */
public interface GetOrderUseCase {

  /** The order as it is now. */
  Order getOrder(OrderId orderId);
}
