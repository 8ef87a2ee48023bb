package dev.certcentral.fake.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DigiCert's rolling per-key limits: at most 100 calls in any 5 seconds and 1000 in any 3 minutes.
 * Time comes from the fake's clock, so a test can hit the limit and move past it.
 */
public final class RateLimiter {

  /** Calls allowed in the short window. */
  public static final int SHORT_LIMIT = 100;

  /** The short window. */
  public static final Duration SHORT_WINDOW = Duration.ofSeconds(5);

  /** Calls allowed in the long window. */
  public static final int LONG_LIMIT = 1000;

  /** The long window. */
  public static final Duration LONG_WINDOW = Duration.ofMinutes(3);

  private final Clock clock;
  private final Map<String, ArrayDeque<Long>> callsByKey = new ConcurrentHashMap<>();

  /** A limiter on the given clock. */
  public RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Counts a call for the key if it is allowed.
   *
   * @return false when the call would exceed a limit (and it is not counted)
   */
  public boolean tryAcquire(String key) {
    long now = clock.millis();
    ArrayDeque<Long> calls = callsByKey.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (calls) {
      while (!calls.isEmpty() && calls.peekFirst() <= now - LONG_WINDOW.toMillis()) {
        calls.pollFirst();
      }
      if (calls.size() >= LONG_LIMIT) {
        return false;
      }
      int inShortWindow = 0;
      long shortStart = now - SHORT_WINDOW.toMillis();
      for (var it = calls.descendingIterator(); it.hasNext() && it.next() > shortStart; ) {
        if (++inShortWindow >= SHORT_LIMIT) {
          return false;
        }
      }
      calls.addLast(now);
      return true;
    }
  }

  /** Forgets every call. */
  public void clear() {
    callsByKey.clear();
  }
}
