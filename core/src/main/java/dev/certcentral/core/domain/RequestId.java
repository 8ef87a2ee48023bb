package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;

/**
 * The id CertCentral gives a request (new certificate, revoke, reissue...); always positive.
 *
 * @param value the numeric id
 */
public record RequestId(long value) {

  /** Refuses zero and negative ids. */
  public RequestId {
    if (value <= 0) {
      throw InvalidRequestException.invalidParameter(
          "request_id", "must be positive, was " + value);
    }
  }

  /** Parses a decimal id such as a path segment; refuses anything else with a typed error. */
  public static RequestId parse(String text) {
    return new RequestId(PositiveIds.parse("request_id", text));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
