package dev.certcentral.fake;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.fake.internal.state.DcvTokens;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the fake's domains pass domain control validation without a token placed through the control
 * API ({@code FakeControl#dcvTokenInPlace}): at once ({@link #instant()}, the default), after a
 * delay on the fake's clock ({@link #after}, {@link #afterRandomDelay}), or {@link #never()}, as
 * pebble's validation delays do for ACME. The delay counts from when DCV opened for the order: its
 * new-certificate (or reissue) request approved.
 *
 * <pre>{@code
 * fake.setDcvPolicy(DcvPolicy.after(Duration.ofMinutes(10)));
 * fake.setDcvPolicy(DcvPolicy.afterRandomDelay(Duration.ofMinutes(1), Duration.ofHours(2)).seed(7));
 * }</pre>
 *
 * <p>Immutable. A random delay is drawn per order and name from the seed, so the same seed gives
 * the same delays whatever the order of calls.
 */
public final class DcvPolicy {

  /** The kinds of policy, by their name in the control API. */
  public enum Kind {
    /** Every domain passes the moment DCV opens. */
    INSTANT("instant"),
    /** Every domain passes a fixed time after DCV opens. */
    DELAY("delay"),
    /** Each domain passes a random time in a range after DCV opens, drawn from the seed. */
    RANDOM_DELAY("random_delay"),
    /** No domain passes unless its token is placed through the control API. */
    NEVER("never");

    private final String value;

    Kind(String value) {
      this.value = value;
    }

    /** The kind's name in the control API. */
    public String value() {
      return value;
    }

    /** The kind with this name, if there is one. */
    public static Optional<Kind> fromValue(String value) {
      for (Kind kind : values()) {
        if (kind.value.equals(value)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  private static final DcvPolicy INSTANT = new DcvPolicy(Kind.INSTANT, Duration.ZERO, 0, 0);
  private static final DcvPolicy NEVER = new DcvPolicy(Kind.NEVER, Duration.ZERO, 0, 0);

  private final Kind kind;
  private final Duration min;
  private final long spanMillis;
  private final long seed;

  private DcvPolicy(Kind kind, Duration min, long spanMillis, long seed) {
    this.kind = kind;
    this.min = min;
    this.spanMillis = spanMillis;
    this.seed = seed;
  }

  /**
   * Every domain passes the moment DCV opens: the default, and what a reset returns to unless the
   * fake started with another ({@link FakeCertCentral.Builder#dcvPolicy}).
   */
  public static DcvPolicy instant() {
    return INSTANT;
  }

  /** No domain passes unless the control API says its token is in place. */
  public static DcvPolicy never() {
    return NEVER;
  }

  /** Every domain passes {@code delay} after DCV opens, on the fake's clock. */
  public static DcvPolicy after(Duration delay) {
    requireNotNegative(delay, "delay");
    return new DcvPolicy(Kind.DELAY, delay, 0, 0);
  }

  /**
   * Each domain passes between {@code min} and {@code max} after DCV opens, on the fake's clock,
   * the time drawn per order and name from the seed (0 unless {@link #seed(long)} says otherwise).
   */
  public static DcvPolicy afterRandomDelay(Duration min, Duration max) {
    requireNotNegative(min, "min");
    requireNotNegative(max, "max");
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("the longest delay must not be shorter than the shortest");
    }
    return new DcvPolicy(Kind.RANDOM_DELAY, min, max.minus(min).toMillis(), 0);
  }

  /** This random-delay policy drawing from another seed. */
  public DcvPolicy seed(long seed) {
    if (kind != Kind.RANDOM_DELAY) {
      throw new IllegalStateException("only a random delay takes a seed");
    }
    return new DcvPolicy(kind, min, spanMillis, seed);
  }

  private static void requireNotNegative(Duration delay, String name) {
    Objects.requireNonNull(delay, name);
    if (delay.isNegative()) {
      throw new IllegalArgumentException("a DCV " + name + " must not be negative");
    }
  }

  /** The kind of policy. */
  public Kind kind() {
    return kind;
  }

  /** The delay: a fixed delay's, or a random delay's shortest; zero otherwise. */
  public Duration minDelay() {
    return min;
  }

  /** The longest delay: a random delay's longest, else the same as {@link #minDelay()}. */
  public Duration maxDelay() {
    return min.plusMillis(spanMillis);
  }

  /** The seed a random delay draws from. */
  public long seed() {
    return seed;
  }

  /**
   * How long after DCV opens this name of this order passes; empty when it never does by itself.
   */
  public Optional<Duration> passesAfter(OrderId orderId, String dnsName) {
    switch (kind) {
      case INSTANT:
        return Optional.of(Duration.ZERO);
      case DELAY:
        return Optional.of(min);
      case RANDOM_DELAY:
        return Optional.of(min.plusMillis(draw(orderId, dnsName)));
      default:
        return Optional.empty();
    }
  }

  /** A number in 0..span from the seed, the order and the name: the same for the same three. */
  private long draw(OrderId orderId, String dnsName) {
    if (spanMillis == 0) {
      return 0;
    }
    byte[] digest = DcvTokens.seeded(seed, orderId, dnsName.toLowerCase(Locale.ROOT));
    long bits = ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
    return bits % (spanMillis + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DcvPolicy that
        && kind == that.kind
        && min.equals(that.min)
        && spanMillis == that.spanMillis
        && seed == that.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, min, spanMillis, seed);
  }

  @Override
  public String toString() {
    switch (kind) {
      case DELAY:
        return "DcvPolicy{after " + min + "}";
      case RANDOM_DELAY:
        return "DcvPolicy{between " + min + " and " + maxDelay() + ", seed " + seed + "}";
      default:
        return "DcvPolicy{" + kind.value() + "}";
    }
  }
}
