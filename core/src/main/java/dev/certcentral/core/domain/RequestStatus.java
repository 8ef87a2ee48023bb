package dev.certcentral.core.domain;

/** Where a request stands in its approval. */
public enum RequestStatus implements WireValue {
  /** Submitted, not yet looked at. */
  SUBMITTED("submitted"),
  /** Waiting for an administrator's decision. */
  PENDING("pending"),
  /** Approved: the requested change was carried out. */
  APPROVED("approved"),
  /** Rejected: nothing was changed. */
  REJECTED("rejected"),
  /** A status this library does not know yet; the request keeps the raw string. */
  UNKNOWN("unknown");

  private final String value;

  RequestStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Whether a decision can still be made on a request in this status. */
  public boolean isOpen() {
    return this == SUBMITTED || this == PENDING;
  }

  /** Whether the request has been decided and can never change again. */
  public boolean isDecided() {
    return this == APPROVED || this == REJECTED;
  }

  /** Maps a raw status to a constant, {@link #UNKNOWN} when it is not known; never throws. */
  public static RequestStatus fromValue(String raw) {
    return WireValue.fromValue(RequestStatus.class, raw, UNKNOWN);
  }
}
