package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.SubmittedOrder;

/** Place a certificate order. */
public interface PlaceOrderUseCase {

  /**
   * Places the order. Never retried after an ambiguous failure: a second order would cost twice.
   *
   * @return the order's id and its new-certificate request
   */
  SubmittedOrder placeOrder(PlaceOrderCommand command);
}
