package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long an order runs: DigiCert's {@code order_validity}, given in {@code years} or in {@code
 * days} but never both. The legacy {@code validity_years} field maps to {@link #ofYears}.
 *
 * <p>DigiCert sells plans of up to three years
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html); each
 * certificate of a plan is shorter, see {@link #MAX_CERTIFICATE_DAYS}.
 *
 * @param years the validity in years, or 0 when given in days
 * @param days the validity in days, or 0 when given in years
 */
public record OrderValidity(int years, int days) {

  /** The longest plan in years. */
  public static final int MAX_YEARS = 3;

  /** The longest plan in days: three years, one of them a leap year. */
  public static final int MAX_DAYS = 3 * 365 + 1;

  /**
   * The longest a public TLS certificate may run: DigiCert stopped issuing longer ones on
   * 2020-08-27 ("End of 2-year public SSL/TLS certificates", quoted on the order pages above). The
   * CA/Browser Forum lowers this further from 2026; the fake keeps DigiCert's documented figure.
   */
  public static final int MAX_CERTIFICATE_DAYS = 397;

  /** Refuses both or neither unit, and values outside a plan's range. */
  public OrderValidity {
    if ((years == 0) == (days == 0)) {
      throw InvalidRequestException.invalidParameter(
          "order_validity", "give exactly one of years or days");
    }
    if (years < 0 || years > MAX_YEARS) {
      throw InvalidRequestException.invalidValue("validity_years", "must be 1.." + MAX_YEARS);
    }
    if (days < 0 || days > MAX_DAYS) {
      throw InvalidRequestException.invalidValue("validity_days", "must be 1.." + MAX_DAYS);
    }
  }

  /** A validity in years. */
  public static OrderValidity ofYears(int years) {
    return new OrderValidity(years, 0);
  }

  /** A validity in days. */
  public static OrderValidity ofDays(int days) {
    return new OrderValidity(0, days);
  }

  /** When an order starting at {@code start} ends, counting calendar years in UTC. */
  public Instant endFrom(Instant start) {
    return years > 0
        ? start.atOffset(ZoneOffset.UTC).plusYears(years).toInstant()
        : start.atOffset(ZoneOffset.UTC).plusDays(days).toInstant();
  }
}
