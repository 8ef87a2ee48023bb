package dev.certcentral.core.domain.error;

/**
 * The DigiCert error codes this library knows by name.
 *
 * <p>DigiCert documents no code for an illegal status change; {@link #INVALID_STATUS} is the code
 * the fake server uses for it, and the HTTP adapter maps it to a {@link RuleViolationException}.
 */
public final class ErrorCodes {

  /** Missing or unknown API key (DigiCert answers 403, not 401). */
  public static final String INVALID_KEY = "access_denied|access_denied_invalid_key";

  /** The key is valid but its user may not perform the action. */
  public static final String MISSING_PERMISSION = "access_denied|missing_permission";

  /** No order with that id is visible to the key. */
  public static final String ORDER_NOT_FOUND = "not_found|order";

  /** No request with that id is visible to the key. */
  public static final String REQUEST_NOT_FOUND = "not_found|request";

  /** No such route. */
  public static final String ROUTE_NOT_FOUND = "not_found|route";

  /** The body was not valid JSON or had fields of the wrong type. */
  public static final String BAD_REQUEST_FORMAT = "bad_request_format";

  /** A required parameter was missing or blank. */
  public static final String MISSING_PARAM = "missing_param";

  /** A parameter had a value outside its allowed set. */
  public static final String INVALID_PARAM = "invalid_param";

  /** The requested status change is not allowed from the current status (the fake's own code). */
  public static final String INVALID_STATUS = "invalid_status";

  /** Too many requests for this key in the rolling window. */
  public static final String RATE_LIMITED = "request_limit_exceeded";

  private ErrorCodes() {}
}
