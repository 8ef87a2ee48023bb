package dev.certcentral.fake.internal.http;

import dev.certcentral.core.domain.CallRateLimit;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DigiCert's rolling per-key limits ({@link CallRateLimit}), enforced on the fake's clock so a test
 * can hit a limit and then move time past it.
 */
public final class RateLimiter {

  private final Clock clock;
  private final Map<String, CallRateLimit> limitsByKey = new ConcurrentHashMap<>();

  /** A limiter on the given clock. */
  public RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Counts a call for the key if it fits; false (and not counted) if it exceeds a limit. */
  public boolean tryAcquire(String key) {
    return limitsByKey
        .computeIfAbsent(key, k -> new CallRateLimit())
        .tryAcquire(clock.instant())
        .isZero();
  }

  /** Forgets every call. */
  public void clear() {
    limitsByKey.clear();
  }
}
