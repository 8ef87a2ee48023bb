package dev.certcentral.core.domain.error;

/**
 * A write was sent again after an attempt CertCentral may have applied (a 503 can arrive after it
 * acted), and the last attempt failed: an earlier attempt may have been applied, so the failure of
 * the last one says nothing about the state. Check the order's state (or list the requests) before
 * sending the write again.
 *
 * <p>A revoke whose first attempt created the request and whose resend was refused because that
 * request now exists arrives as this exception, not as a {@link RuleViolationException}. Its HTTP
 * status and DigiCert errors are those of the last attempt, which {@link #lastFailure()} holds.
 */
public class OutcomeUnknownException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  private final CertCentralException lastFailure;

  /**
   * Creates the exception.
   *
   * @param message what was sent, which attempt may have been applied, and what to check
   * @param lastFailure how the last attempt failed; its status and errors become this one's
   */
  public OutcomeUnknownException(String message, CertCentralException lastFailure) {
    super(message, lastFailure.httpStatus().orElse(0), lastFailure.errors(), lastFailure);
    this.lastFailure = lastFailure;
  }

  /** How the last attempt failed, with its own type (a rule violation, a 503, a timeout...). */
  public CertCentralException lastFailure() {
    return lastFailure;
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.OUTCOME_UNKNOWN;
  }
}
