package dev.certcentral.cli;

import dev.certcentral.core.domain.error.CertCentralException;

/** The CLI's exit codes: one per kind of failure, so scripts can branch on them. */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /** Anything not listed below. */
  public static final int FAILURE = 1;

  /** Bad command line (picocli's convention). */
  public static final int USAGE = 2;

  /** The order or request does not exist for this key. */
  public static final int NOT_FOUND = 3;

  /** The key is missing, unknown or lacks the permission. */
  public static final int ACCESS_DENIED = 4;

  /** The lifecycle forbids the change in the current state. */
  public static final int RULE_VIOLATION = 5;

  /** CertCentral refused a parameter. */
  public static final int INVALID_REQUEST = 6;

  /** The key's rate limit was exceeded. */
  public static final int RATE_LIMITED = 7;

  /** CertCentral could not be reached or failed. */
  public static final int UNAVAILABLE = 8;

  /** A wait for a decision or an issuance ran out. */
  public static final int TIMEOUT = 9;

  /**
   * A write was resent after an attempt CertCentral may have applied, and then failed: look at the
   * order or request before sending it again.
   */
  public static final int OUTCOME_UNKNOWN = 10;

  private ExitCodes() {}

  /** The exit code for a failure. */
  public static int of(CertCentralException e) {
    switch (e.category()) {
      case NOT_FOUND:
        return NOT_FOUND;
      case ACCESS_DENIED:
        return ACCESS_DENIED;
      case RULE_VIOLATION:
        return RULE_VIOLATION;
      case INVALID_REQUEST:
        return INVALID_REQUEST;
      case RATE_LIMITED:
        return RATE_LIMITED;
      case TRANSPORT:
      case SERVICE_UNAVAILABLE:
        return UNAVAILABLE;
      case WAIT_TIMED_OUT:
        return TIMEOUT;
      case OUTCOME_UNKNOWN:
        return OUTCOME_UNKNOWN;
      default:
        return FAILURE;
    }
  }
}
