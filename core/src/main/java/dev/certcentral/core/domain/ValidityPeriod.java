package dev.certcentral.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * When a certificate is valid: its {@code notBefore} and {@code notAfter}.
 *
 * @param notBefore the first instant it is valid
 * @param notAfter the last instant it is valid
 */
public record ValidityPeriod(Instant notBefore, Instant notAfter) {

  /** Refuses an end before the start. */
  public ValidityPeriod {
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    if (notAfter.isBefore(notBefore)) {
      throw new IllegalArgumentException("notAfter " + notAfter + " is before " + notBefore);
    }
  }
}
