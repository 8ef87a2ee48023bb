package dev.certcentral.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.CallRateLimit;
import dev.certcentral.fake.internal.state.SimulatedClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** DigiCert's per-key limits on the fake's clock: per key, forgotten on clear, freed by time. */
class RateLimiterTest {

  private final SimulatedClock clock =
      new SimulatedClock(Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC));
  private final RateLimiter limiter = new RateLimiter(clock);

  private void spendTheShortWindow(String key) {
    for (int i = 0; i < CallRateLimit.SHORT_LIMIT; i++) {
      assertThat(limiter.tryAcquire(key)).as("call %d", i + 1).isTrue();
    }
  }

  @Test
  void aKeyIsRefusedPastItsLimitAndOtherKeysAreNot() {
    spendTheShortWindow("key-a");

    assertThat(limiter.tryAcquire("key-a")).isFalse();
    assertThat(limiter.tryAcquire("key-b")).isTrue();
  }

  @Test
  void movingTimePastTheWindowFreesTheKey() {
    spendTheShortWindow("key-a");

    clock.advance(CallRateLimit.SHORT_WINDOW);

    assertThat(limiter.tryAcquire("key-a")).isTrue();
  }

  @Test
  void clearingForgetsEveryCall() {
    spendTheShortWindow("key-a");

    limiter.clear();

    assertThat(limiter.tryAcquire("key-a")).isTrue();
  }
}
