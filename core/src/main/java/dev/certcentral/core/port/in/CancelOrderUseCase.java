package dev.certcentral.core.port.in;

/** Cancel a {@code pending} or {@code waiting_pickup} order. */
public interface CancelOrderUseCase {

  /**
   * Cancels the order.
   *
   * @throws dev.certcentral.core.domain.error.RuleViolationException if its status forbids it
   */
  void cancelOrder(CancelOrderCommand command);
}
