package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.Request;

/** Poll a request until an administrator decides it or the wait runs out. */
public interface AwaitDecisionUseCase {

  /**
   * Polls with exponential backoff.
   *
   * @return the decided request
   * @throws dev.certcentral.core.domain.error.DecisionTimeoutException if still open at the timeout
   * @throws dev.certcentral.core.domain.error.WaitInterruptedException if interrupted
   */
  Request awaitDecision(AwaitDecisionCommand command);
}
