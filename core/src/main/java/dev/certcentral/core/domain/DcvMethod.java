package dev.certcentral.core.domain;

/**
 * How a domain's control is demonstrated (DigiCert's {@code dcv_method}).
 *
 * <p>Values from DigiCert's order and check-DCV pages:
 * https://dev.digicert.com/en/certcentral-apis/services-api/orders/dv-ssl--check-dcv.html
 */
public enum DcvMethod implements WireValue {
  /** DigiCert e-mails the domain's administrative addresses; the default for a new order. */
  EMAIL("email"),
  /** A TXT record holding the order's random token. */
  DNS_TXT_TOKEN("dns-txt-token"),
  /** A CNAME record derived from the order's random token. */
  DNS_CNAME_TOKEN("dns-cname-token"),
  /** A file holding the random token under {@code /.well-known/pki-validation/}. */
  HTTP_TOKEN("http-token"),
  /** A method this library does not know yet. */
  UNKNOWN("unknown");

  private final String value;

  DcvMethod(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Whether the method proves control with the order's random token (all but e-mail). */
  public boolean usesToken() {
    return this == DNS_TXT_TOKEN || this == DNS_CNAME_TOKEN || this == HTTP_TOKEN;
  }

  /** Maps a raw method to a constant, {@link #UNKNOWN} when it is not known; never throws. */
  public static DcvMethod fromValue(String raw) {
    return WireValue.fromValue(DcvMethod.class, raw, UNKNOWN);
  }
}
