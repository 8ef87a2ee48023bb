package dev.certcentral.core.domain;

/** Status of a certificate order as CertCentral reports it. */
public enum OrderStatus implements WireValue {
  /** Submitted, waiting for validation. */
  PENDING("pending"),
  /** Waiting for an administrator to approve the new-certificate request. */
  NEEDS_APPROVAL("needs_approval"),
  /** Validated, waiting for the customer to pick up the certificate. */
  WAITING_PICKUP("waiting_pickup"),
  /** Issued, with a reissue in progress. */
  REISSUE_PENDING("reissue_pending"),
  /** Issued and valid. */
  ISSUED("issued"),
  /** The new-certificate request was rejected. */
  REJECTED("rejected"),
  /** Canceled before issuance. */
  CANCELED("canceled"),
  /** Its certificates were revoked. */
  REVOKED("revoked"),
  /** Its certificate expired. */
  EXPIRED("expired"),
  /** A status this library does not know yet; the entity keeps the raw string. */
  UNKNOWN("unknown");

  private final String value;

  OrderStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Maps a raw status to a constant, {@link #UNKNOWN} when it is not known; never throws. */
  public static OrderStatus fromValue(String raw) {
    return WireValue.fromValue(OrderStatus.class, raw, UNKNOWN);
  }
}
