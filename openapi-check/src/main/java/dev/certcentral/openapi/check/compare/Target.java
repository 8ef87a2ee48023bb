package dev.certcentral.openapi.check.compare;

import java.util.Objects;

/**
 * A CertCentral to call: its base URL (up to {@code /services/v2}) and the API key to call it with.
 * The key never leaves this object but in the {@code X-DC-DEVKEY} header: {@link #toString()} shows
 * the URL only.
 *
 * @param baseUrl the base URL, such as {@code https://www.digicert.com/services/v2}
 * @param apiKey the API key
 */
public record Target(String baseUrl, String apiKey) {

  /** Requires both parts, and a key that is not blank. */
  public Target {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("the API key of " + baseUrl + " is blank");
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The URL and a redacted key. */
  @Override
  public String toString() {
    return baseUrl + " (key redacted)";
  }
}
