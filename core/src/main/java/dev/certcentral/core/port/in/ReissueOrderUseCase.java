package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.SubmittedOrder;

/** Reissue an issued order's certificate with a new CSR or names. */
public interface ReissueOrderUseCase {

  /**
   * Asks for the reissue; the order becomes {@code reissue_pending}.
   *
   * @throws dev.certcentral.core.domain.error.RuleViolationException unless the order is issued
   *     with no revoke pending
   */
  SubmittedOrder reissueOrder(ReissueOrderCommand command);
}
