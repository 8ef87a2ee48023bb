package dev.certcentral.core.domain.error;

import java.util.List;

/**
 * CertCentral refused the call because the key exceeded its rate limit (429); the call had no
 * effect.
 */
public class RateLimitedException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its HTTP status (0 if none), DigiCert errors and cause. */
  public RateLimitedException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.RATE_LIMITED;
  }
}
