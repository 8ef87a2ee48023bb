package dev.certcentral.core.domain.error;

/**
 * What kind of failure a {@link CertCentralException} is: the one classification that HTTP answers,
 * exit codes and retries are derived from, instead of each walking the exception types.
 */
public enum ErrorCategory {
  /** The key is missing, unknown, or lacks the permission (DigiCert answers 403). */
  ACCESS_DENIED,
  /** The order, request or route does not exist for this key (404). */
  NOT_FOUND,
  /** CertCentral refused a parameter or the body (400). */
  INVALID_REQUEST,
  /** The lifecycle forbids the change in the current state (a 400 over HTTP). */
  RULE_VIOLATION,
  /** The key's rate limit was exceeded (429). */
  RATE_LIMITED,
  /** CertCentral answered that it failed or is unavailable (5xx). */
  SERVICE_UNAVAILABLE,
  /** CertCentral could not be reached, or the connection broke or timed out. */
  TRANSPORT,
  /**
   * A write was sent again after an attempt CertCentral may have applied, and the last attempt
   * failed: check the state before sending it again.
   */
  OUTCOME_UNKNOWN,
  /** CertCentral's answer could not be understood. */
  UNEXPECTED_RESPONSE,
  /** A wait for a decision or an issuance ran out. */
  WAIT_TIMED_OUT,
  /** A wait was interrupted. */
  INTERRUPTED,
  /** Anything else. */
  OTHER
}
