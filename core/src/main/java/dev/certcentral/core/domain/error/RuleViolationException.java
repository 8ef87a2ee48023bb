package dev.certcentral.core.domain.error;

import java.util.List;

/**
 * The request was well formed but the lifecycle forbids it in the current state; nothing changed.
 */
public class RuleViolationException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its HTTP status (0 if none), DigiCert errors and cause. */
  public RuleViolationException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
  }

  /**
   * Creates the exception for a rule broken locally, with the code {@code invalid_status} (the
   * fake's own: DigiCert documents none for a refused state change).
   */
  public RuleViolationException(String message) {
    this(message, 0, List.of(new DigiCertError(ErrorCodes.INVALID_STATUS, message)), null);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.RULE_VIOLATION;
  }
}
