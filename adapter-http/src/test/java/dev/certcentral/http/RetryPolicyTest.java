package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every bound of a retry policy, on both sides, and the pauses it gives. */
class RetryPolicyTest {

  private static RetryPolicy policy(int attempts, long initialMs, long maxMs, double jitter) {
    return new RetryPolicy(
        attempts,
        Duration.ofMillis(initialMs),
        Duration.ofMillis(maxMs),
        Duration.ofSeconds(30),
        jitter);
  }

  @Test
  void attemptsRangeFromOneToTwenty() {
    assertThat(policy(1, 0, 0, 0).maxAttempts()).isEqualTo(1);
    assertThat(policy(20, 0, 0, 0).maxAttempts()).isEqualTo(20);
    assertThatThrownBy(() -> policy(0, 0, 0, 0)).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> policy(21, 0, 0, 0)).hasMessageContaining("maxAttempts");
  }

  @Test
  void backoffsMustBeOrderedAndNotNegative() {
    assertThat(policy(2, 500, 500, 0).maxBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> policy(2, -1, 5, 0)).hasMessageContaining("initialBackoff");
    assertThatThrownBy(() -> policy(2, 501, 500, 0)).hasMessageContaining("initialBackoff");
  }

  @Test
  void maxElapsedMayBeZeroButNotNegative() {
    assertThat(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0).maxElapsed())
        .isZero();
    assertThatThrownBy(
            () -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ofMillis(-1), 0))
        .hasMessageContaining("maxElapsed");
  }

  @Test
  void jitterRangesFromZeroToOne() {
    assertThat(policy(2, 0, 0, 0).jitter()).isZero();
    assertThat(policy(2, 0, 0, 1).jitter()).isEqualTo(1);
    for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> policy(2, 0, 0, bad)).hasMessageContaining("jitter");
    }
  }

  @Test
  void nullDurationsAreNamed() {
    assertThatThrownBy(() -> new RetryPolicy(2, null, Duration.ZERO, Duration.ZERO, 0))
        .hasMessageContaining("initialBackoff");
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, null, Duration.ZERO, 0))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, null, 0))
        .hasMessageContaining("maxElapsed");
  }

  @Test
  void pausesDoubleFromTheInitialOneUpToTheMaximum() {
    RetryPolicy policy = policy(20, 300, 2000, 0);

    assertThat(policy.backoff(1, 0.7)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy.backoff(2, 0.7)).isEqualTo(Duration.ofMillis(600));
    assertThat(policy.backoff(3, 0.7)).isEqualTo(Duration.ofMillis(1200));
    assertThat(policy.backoff(4, 0.7)).isEqualTo(Duration.ofMillis(2000));
    assertThat(policy.backoff(19, 0.7)).isEqualTo(Duration.ofMillis(2000));
  }

  @Test
  void aHugeMaximumDoesNotOverflow() {
    RetryPolicy policy =
        new RetryPolicy(
            20,
            Duration.ofDays(365_000),
            Duration.ofDays(3_650_000),
            Duration.ofDays(3_650_000),
            0);

    assertThat(policy.backoff(19, 0)).isEqualTo(Duration.ofDays(3_650_000));
  }

  @Test
  void jitterTakesItsFractionOfTheRandomAway() {
    RetryPolicy half = policy(4, 1000, 8000, 0.5);
    RetryPolicy full = policy(4, 1000, 8000, 1);

    assertThat(half.backoff(2, 0)).isEqualTo(Duration.ofMillis(2000));
    assertThat(half.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(1500));
    assertThat(half.backoff(2, 0.999)).isEqualTo(Duration.ofMillis(1001));
    assertThat(full.backoff(2, 0.25)).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void theNamedPoliciesSayWhatTheyAre() {
    assertThat(RetryPolicy.defaults())
        .isEqualTo(
            new RetryPolicy(
                4, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(30), 0.5));
    assertThat(RetryPolicy.none())
        .isEqualTo(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0));
  }
}
