package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;

/** Read a page of orders. */
public interface ListOrdersUseCase {

  /** One page of the orders that match the query. */
  OrderPage listOrders(OrderQuery query);
}
