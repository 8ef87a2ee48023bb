package dev.certcentral.contract;

import dev.certcentral.core.service.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that moves only when something sleeps on it, and records every pause: waits, retries and
 * rate limits are tested without real time passing. Hand it to {@code CertCentralClient.builder()}
 * as both {@code clock} and {@code sleeper}.
 */
public final class ManualTime extends Clock implements Sleeper {

  private Instant now = Instant.parse("2030-01-01T00:00:00Z");
  private final List<Duration> sleeps = new ArrayList<>();

  /** Starts at 2030-01-01T00:00:00Z, with no pause recorded. */
  public ManualTime() {}

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /**
   * Every pause so far, in order.
   *
   * @return the pauses, oldest first
   */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
