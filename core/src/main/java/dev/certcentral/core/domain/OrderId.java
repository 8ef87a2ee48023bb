package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;

/**
 * The id CertCentral gives a certificate order; always positive.
 *
 * @param value the numeric id
 */
public record OrderId(long value) {

  /** Refuses zero and negative ids. */
  public OrderId {
    if (value <= 0) {
      throw InvalidRequestException.invalidParameter("order_id", "must be positive, was " + value);
    }
  }

  /** Parses a decimal id such as a path segment; refuses anything else with a typed error. */
  public static OrderId parse(String text) {
    return new OrderId(PositiveIds.parse("order_id", text));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
