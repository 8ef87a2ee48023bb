package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.Order;

/** Poll an order until its (new) certificate is issued, the order ends, or the wait runs out. */
public interface AwaitIssuanceUseCase {

  /**
   * Polls with exponential backoff.
   *
   * @return the issued order, carrying its certificate
   * @throws dev.certcentral.core.domain.error.IssuanceTimeoutException if still waiting at the
   *     timeout
   * @throws dev.certcentral.core.domain.error.OrderNotIssuedException if the order ended, or the
   *     awaited reissue was rejected or canceled
   * @throws dev.certcentral.core.domain.error.WaitInterruptedException if interrupted
   */
  Order awaitIssuance(AwaitIssuanceCommand command);
}
