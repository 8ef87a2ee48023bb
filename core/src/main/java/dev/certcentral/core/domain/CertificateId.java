package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;

/**
 * The id CertCentral gives one certificate of an order; a reissue gets a new one. Always positive.
 *
 * @param value the numeric id
 */
public record CertificateId(long value) {

  /** Refuses zero and negative ids. */
  public CertificateId {
    if (value <= 0) {
      throw InvalidRequestException.invalidParameter(
          "certificate_id", "must be positive, was " + value);
    }
  }

  /** Parses a decimal id such as a path segment; refuses anything else with a typed error. */
  public static CertificateId parse(String text) {
    return new CertificateId(PositiveIds.parse("certificate_id", text));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
