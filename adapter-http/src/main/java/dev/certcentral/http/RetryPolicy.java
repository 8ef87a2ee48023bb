package dev.certcentral.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often the client repeats a failed call: a write after 429, 503 or a refused
 * connection, a read also after 502, 504, a timeout or a broken connection. (A write resent after a
 * 503 that then fails raises {@link dev.certcentral.core.domain.error.OutcomeUnknownException}: the
 * 503 may have come after CertCentral acted.)
 *
 * <p>The pause before attempt {@code n + 1} is {@code initialBackoff * 2^(n-1)}, capped at {@code
 * maxBackoff}, of which a random {@code jitter} fraction is taken away so clients that failed
 * together do not retry together. No retry starts after {@code maxElapsed}.
 *
 * @param maxAttempts attempts in all, at least 1 (1 means no retry)
 * @param initialBackoff pause before the second attempt
 * @param maxBackoff longest pause
 * @param maxElapsed no retry is started once this much time has passed since the first attempt
 * @param jitter the fraction of each pause that is random, 0 to 1
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxElapsed,
    double jitter) {

  /** Validates the policy. */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxElapsed, "maxElapsed");
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new IllegalArgumentException("maxAttempts must be 1..20");
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
    }
    if (maxElapsed.isNegative()) {
      throw new IllegalArgumentException("maxElapsed must not be negative");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be 0..1");
    }
  }

  /** Four attempts, 1 s doubling to 8 s, within 30 s, half of each pause random. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        4, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(30), 0.5);
  }

  /** One attempt: every failure reaches the caller at once. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
  }

  /** The pause before attempt {@code failedAttempt + 1}, given a uniform random in [0, 1). */
  Duration backoff(int failedAttempt, double random) {
    // In double, so doubling a long backoff up to 19 times cannot overflow before the cap applies.
    double doubled = initialBackoff.toMillis() * Math.pow(2, failedAttempt - 1);
    long capped = (long) Math.min(doubled, maxBackoff.toMillis());
    return Duration.ofMillis(capped - (long) (capped * jitter * random));
  }
}
