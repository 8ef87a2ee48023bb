package dev.certcentral.http;

/** Where a CertCentral account lives; each region has its own base URL. */
public enum Region {
  /** Accounts on {@code www.digicert.com}. */
  US("https://www.digicert.com/services/v2/"),
  /** Accounts on {@code certcentral.digicert.eu}. */
  EU("https://certcentral.digicert.eu/services/v2/");

  private final String baseUrl;

  Region(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The Services API v2 base URL of the region. */
  public String baseUrl() {
    return baseUrl;
  }
}
