package dev.certcentral.http;

/**
 * How much of each HTTP exchange the client logs. The {@code X-DC-DEVKEY} header is always
 * redacted.
 */
public enum WireLogging {
  /** Nothing. */
  NONE,
  /** Request and response lines. */
  BASIC,
  /** Lines and headers. */
  HEADERS,
  /** Lines, headers and bodies. */
  BODY
}
