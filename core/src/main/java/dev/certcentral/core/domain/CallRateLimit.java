package dev.certcentral.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * DigiCert's rolling rate limits for one API key: at most {@value #SHORT_LIMIT} calls in any {@link
 * #SHORT_WINDOW} and {@value #LONG_LIMIT} in any {@link #LONG_WINDOW}. The fake refuses calls past
 * them; the client waits until a call fits. Thread-safe.
 */
public final class CallRateLimit {

  /** Calls allowed in the short window. */
  public static final int SHORT_LIMIT = 100;

  /** The short rolling window. */
  public static final Duration SHORT_WINDOW = Duration.ofSeconds(5);

  /** Calls allowed in the long window. */
  public static final int LONG_LIMIT = 1000;

  /** The long rolling window. */
  public static final Duration LONG_WINDOW = Duration.ofMinutes(3);

  private final ArrayDeque<Long> calls = new ArrayDeque<>();

  /**
   * Counts a call at {@code now} if both windows have room.
   *
   * @return {@link Duration#ZERO} when the call was counted, else how long until it would fit
   */
  public synchronized Duration tryAcquire(Instant now) {
    long millis = now.toEpochMilli();
    long longStart = millis - LONG_WINDOW.toMillis();
    while (!calls.isEmpty() && calls.peekFirst() <= longStart) {
      calls.pollFirst();
    }
    if (calls.size() >= LONG_LIMIT) {
      return Duration.ofMillis(calls.peekFirst() - longStart);
    }
    long shortStart = millis - SHORT_WINDOW.toMillis();
    int inShortWindow = 0;
    for (Iterator<Long> newestFirst = calls.descendingIterator(); newestFirst.hasNext(); ) {
      long call = newestFirst.next();
      if (call <= shortStart) {
        break;
      }
      if (++inShortWindow >= SHORT_LIMIT) {
        return Duration.ofMillis(call - shortStart);
      }
    }
    calls.addLast(millis);
    return Duration.ZERO;
  }
}
