package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.DcvCheck;

/** Check an order's domain control validation now rather than waiting for DigiCert's polling. */
public interface CheckDcvUseCase {

  /**
   * Checks the order's pending domains.
   *
   * @return each domain's status, when every one passed
   * @throws dev.certcentral.core.domain.error.RuleViolationException when a proof is still missing
   */
  DcvCheck checkDcv(CheckDcvCommand command);
}
