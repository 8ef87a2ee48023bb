package dev.certcentral.http;

import dev.certcentral.core.domain.CallRateLimit;
import dev.certcentral.core.service.Sleeper;
import java.time.Clock;
import java.time.Duration;

/** Waits, when needed, so this client stays within DigiCert's rolling per-key limits. */
final class ClientRateLimiter {

  private final CallRateLimit limit = new CallRateLimit();
  private final Clock clock;
  private final Sleeper sleeper;

  ClientRateLimiter(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Blocks until a call fits both windows, then counts it. */
  void acquire() {
    Duration wait;
    while (!(wait = limit.tryAcquire(clock.instant())).isZero()) {
      sleeper.pause(wait);
    }
  }
}
