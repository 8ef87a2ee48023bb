package dev.certcentral.fake.internal.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fake's clock: it runs with real time from where it was last set, and tests can set it or move
 * it forward so timestamps and rate-limit windows are under their control.
 */
public final class SimulatedClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /** A clock following the given base clock until it is set or advanced. */
  public SimulatedClock(Clock base) {
    this.base = base;
  }

  /** A clock following the system's UTC clock until it is set or advanced. */
  public static SimulatedClock system() {
    return new SimulatedClock(Clock.systemUTC());
  }

  /** From now on, time reads as {@code instant} plus whatever real time passes. */
  public void set(Instant instant) {
    offset.set(Duration.between(base.instant(), instant));
  }

  /** Moves time forward (or back, with a negative duration). */
  public void advance(Duration duration) {
    offset.accumulateAndGet(duration, Duration::plus);
  }

  /** Follows the base clock again. */
  public void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the simulated clock is always UTC");
  }
}
