package dev.certcentral.core.domain;

/** What a request asks for. */
public enum RequestType implements WireValue {
  /** A new certificate order waiting for approval. */
  NEW_REQUEST("new_request"),
  /** Revocation of all certificates of an order. */
  REVOKE("revoke"),
  /** A duplicate certificate. */
  DUPLICATE("duplicate"),
  /** A reissue of the order's certificate. */
  REISSUE("reissue"),
  /** A type this library does not know yet; the request keeps the raw string. */
  UNKNOWN("unknown");

  private final String value;

  RequestType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Maps a raw type to a constant, {@link #UNKNOWN} when it is not known; never throws. */
  public static RequestType fromValue(String raw) {
    return WireValue.fromValue(RequestType.class, raw, UNKNOWN);
  }
}
