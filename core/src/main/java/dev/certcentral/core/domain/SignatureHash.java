package dev.certcentral.core.domain;

/**
 * The hash a certificate is signed with (DigiCert's {@code certificate.signature_hash}); DigiCert
 * uses {@code sha256} when an order names none.
 */
public enum SignatureHash implements WireValue {
  /** SHA-256, the default. */
  SHA256("sha256"),
  /** SHA-384. */
  SHA384("sha384"),
  /** SHA-512. */
  SHA512("sha512"),
  /** A hash this library does not know; an order naming one is refused. */
  UNKNOWN("unknown");

  private final String value;

  SignatureHash(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Maps a raw hash to a constant, {@link #UNKNOWN} when it is not known; never throws. */
  public static SignatureHash fromValue(String raw) {
    return WireValue.fromValue(SignatureHash.class, raw, UNKNOWN);
  }
}
