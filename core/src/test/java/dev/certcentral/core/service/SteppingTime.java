package dev.certcentral.core.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Core's own manual clock for the wait services' tests: time moves only when the service sleeps.
 * The contract kit publishes the same idea as {@code ManualTime} for users, but core cannot depend
 * on the kit (the kit depends on core), hence this small twin.
 */
final class SteppingTime extends Clock implements Sleeper {

  private Instant now = Instant.EPOCH;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public Instant instant() {
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
