package dev.certcentral.openapi.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the differences of every exchange it is shown, for places where failing at once would
 * fail the wrong thread (a server's dispatcher, an HTTP interceptor): the test asserts at its end.
 */
public final class MismatchLog {

  private final ApiDescription description;
  private final List<String> failures = new ArrayList<>();
  private int checked;

  /** A log checking against {@code description}. */
  public MismatchLog(ApiDescription description) {
    this.description = description;
  }

  /** A log checking against the CertCentral description. */
  public static MismatchLog certCentral() {
    return new MismatchLog(ApiDescription.certCentral());
  }

  /** Checks the exchange and keeps its differences. */
  public void check(Exchange exchange) {
    List<Mismatch> found = description.check(exchange);
    synchronized (failures) {
      checked++;
      if (!found.isEmpty()) {
        failures.add(ApiDescription.report(exchange, found));
      }
    }
  }

  /** How many exchanges were checked, so a test can show the check ran at all. */
  public int checked() {
    synchronized (failures) {
      return checked;
    }
  }

  /**
   * Fails if any exchange differed, then starts afresh.
   *
   * @throws AssertionError naming each exchange, its operation and the pointer of each difference
   */
  public void assertNone() {
    String message;
    synchronized (failures) {
      message = String.join("\n", failures);
      failures.clear();
    }
    if (!message.isEmpty()) {
      throw new AssertionError(message);
    }
  }
}
