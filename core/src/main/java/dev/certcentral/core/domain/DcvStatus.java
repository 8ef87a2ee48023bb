package dev.certcentral.core.domain;

/** Where one domain's control validation stands, as check-DCV reports it. */
public enum DcvStatus implements WireValue {
  /** Control not yet demonstrated. */
  PENDING("pending"),
  /** Control demonstrated; the domain may go on a certificate. */
  APPROVED("approved"),
  /** A status this library does not know yet. */
  UNKNOWN("unknown");

  private final String value;

  DcvStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Maps a raw status to a constant, {@link #UNKNOWN} when it is not known; never throws. */
  public static DcvStatus fromValue(String raw) {
    return WireValue.fromValue(DcvStatus.class, raw, UNKNOWN);
  }
}
