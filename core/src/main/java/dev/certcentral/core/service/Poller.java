package dev.certcentral.core.service;

import dev.certcentral.core.domain.PollSchedule;
import dev.certcentral.core.domain.error.CertCentralException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one polling loop of every wait: poll, pause with doubling backoff, give up at the timeout.
 */
final class Poller {

  private final Clock clock;
  private final Sleeper sleeper;

  Poller(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Polls until {@code done} holds, and returns what it held for. {@code done} may throw to end the
   * wait early; past the deadline the last value seen goes to {@code timedOut}.
   */
  <T> T until(
      PollSchedule schedule,
      Supplier<T> poll,
      Predicate<T> done,
      Function<T, CertCentralException> timedOut) {
    Instant deadline = clock.instant().plus(schedule.timeout());
    Duration pause = schedule.firstInterval();
    while (true) {
      T seen = poll.get();
      if (done.test(seen)) {
        return seen;
      }
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw timedOut.apply(seen);
      }
      sleeper.pause(pause.compareTo(remaining) < 0 ? pause : remaining);
      pause = schedule.after(pause);
    }
  }
}
