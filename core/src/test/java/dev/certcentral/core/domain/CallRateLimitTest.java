package dev.certcentral.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallRateLimitTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void theHundredAndFirstCallInFiveSecondsWaitsForTheOldestToLeave() {
    CallRateLimit limit = new CallRateLimit();
    for (int i = 0; i < CallRateLimit.SHORT_LIMIT; i++) {
      assertThat(limit.tryAcquire(T0.plusMillis(i * 10L))).isZero();
    }

    Duration wait = limit.tryAcquire(T0.plusMillis(1000));

    assertThat(wait).isEqualTo(Duration.ofMillis(4000));
    assertThat(limit.tryAcquire(T0.plusMillis(1000).plus(wait))).isZero();
  }

  @Test
  void theThousandAndFirstCallInThreeMinutesWaits() {
    CallRateLimit limit = new CallRateLimit();
    Instant now = T0;
    for (int i = 0; i < CallRateLimit.LONG_LIMIT; i++) {
      if (i > 0 && i % CallRateLimit.SHORT_LIMIT == 0) {
        now = now.plus(CallRateLimit.SHORT_WINDOW);
      }
      assertThat(limit.tryAcquire(now)).isZero();
    }
    Instant later = now.plus(CallRateLimit.SHORT_WINDOW);

    Duration wait = limit.tryAcquire(later);

    assertThat(wait).isEqualTo(Duration.between(later, T0.plus(CallRateLimit.LONG_WINDOW)));
    assertThat(limit.tryAcquire(later.plus(wait))).isZero();
  }

  @Test
  void aRefusedCallIsNotCounted() {
    CallRateLimit limit = new CallRateLimit();
    for (int i = 0; i < CallRateLimit.SHORT_LIMIT; i++) {
      limit.tryAcquire(T0);
    }
    for (int i = 0; i < 50; i++) {
      assertThat(limit.tryAcquire(T0.plusSeconds(1))).isPositive();
    }

    assertThat(limit.tryAcquire(T0.plus(CallRateLimit.SHORT_WINDOW))).isZero();
  }

  @Test
  void aCallExactlyOneLongWindowOldNoLongerCounts() {
    CallRateLimit limit = new CallRateLimit();
    for (int group = 0; group < CallRateLimit.LONG_LIMIT / CallRateLimit.SHORT_LIMIT; group++) {
      Instant at = T0.plus(CallRateLimit.SHORT_WINDOW.multipliedBy(group));
      for (int i = 0; i < CallRateLimit.SHORT_LIMIT; i++) {
        assertThat(limit.tryAcquire(at)).isZero();
      }
    }
    Instant windowEnd = T0.plus(CallRateLimit.LONG_WINDOW);

    for (int i = 0; i < CallRateLimit.SHORT_LIMIT; i++) {
      assertThat(limit.tryAcquire(windowEnd)).as("call %d", i).isZero();
    }
    assertThat(limit.tryAcquire(windowEnd)).isEqualTo(CallRateLimit.SHORT_WINDOW);
  }
}
