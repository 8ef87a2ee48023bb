package dev.certcentral.fake;

import java.util.function.IntPredicate;

/**
 * How many calls a journal check expects, in WireMock's manner:
 *
 * <pre>{@code
 * fake.verify(exactly(1), HttpMethod.PUT, "/order/certificate/{order_id}/revoke");
 * fake.verify(never(), HttpMethod.PUT, "/request/{request_id}/status");
 * }</pre>
 */
public final class CallCount {

  private final String description;
  private final IntPredicate accepts;

  private CallCount(String description, IntPredicate accepts) {
    this.description = description;
    this.accepts = accepts;
  }

  /** Exactly {@code n} calls. */
  public static CallCount exactly(int n) {
    requireNonNegative(n);
    return new CallCount("exactly " + n, count -> count == n);
  }

  /** No call at all. */
  public static CallCount never() {
    return new CallCount("never", count -> count == 0);
  }

  /** At least {@code n} calls. */
  public static CallCount atLeast(int n) {
    requireNonNegative(n);
    return new CallCount("at least " + n, count -> count >= n);
  }

  /** At most {@code n} calls. */
  public static CallCount atMost(int n) {
    requireNonNegative(n);
    return new CallCount("at most " + n, count -> count <= n);
  }

  private static void requireNonNegative(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a call count must not be negative");
    }
  }

  /** Whether {@code count} calls are what this expects. */
  public boolean accepts(int count) {
    return accepts.test(count);
  }

  @Override
  public String toString() {
    return description;
  }
}
