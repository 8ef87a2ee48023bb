package dev.certcentral.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fault to inject into the fake's CertCentral API, read as a sentence:
 *
 * <pre>{@code
 * fake.inject(Fault.status(503).on(HttpMethod.PUT, "/order/certificate").times(1));
 * fake.inject(Fault.drop().on(HttpMethod.PUT, "/order/certificate").afterHandling());
 * fake.inject(Fault.delay(Duration.ofSeconds(2)).on(HttpMethod.GET, "/request"));
 * fake.inject(Fault.status(429).probability(0.3).seed(42));
 * }</pre>
 *
 * <p>Immutable: each method returns a new fault, so a fault can be kept and injected again. It
 * matches every API call unless {@link #on} narrows it, and stays in force until reset unless
 * {@link #times} limits it.
 */
public final class Fault {

  /** The longest delay a fault may add. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(1);

  private final HttpMethod method;
  private final String pathPrefix;
  private final OptionalInt status;
  private final Duration delay;
  private final boolean dropConnection;
  private final boolean afterHandling;
  private final int times;
  private final double probability;
  private final Optional<Long> seed;

  private Fault(
      HttpMethod method,
      String pathPrefix,
      OptionalInt status,
      Duration delay,
      boolean dropConnection,
      boolean afterHandling,
      int times,
      double probability,
      Optional<Long> seed) {
    this.method = method;
    this.pathPrefix = pathPrefix;
    this.status = status;
    this.delay = delay;
    this.dropConnection = dropConnection;
    this.afterHandling = afterHandling;
    this.times = times;
    this.probability = probability;
    this.seed = seed;
  }

  /**
   * Answer matching calls with this status (4xx or 5xx) and a DigiCert error body instead of the
   * real answer: DigiCert's own error for 429 and 503, an {@code injected_fault} code of the fake's
   * own for any other status.
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a fault's status must be 4xx or 5xx");
    }
    return new Fault(
        HttpMethod.ANY, "", OptionalInt.of(status), Duration.ZERO, false, false, 0, 1, none());
  }

  /** Close the connection of matching calls without an answer: the client sees it broken. */
  public static Fault drop() {
    return new Fault(
        HttpMethod.ANY, "", OptionalInt.empty(), Duration.ZERO, true, false, 0, 1, none());
  }

  /** Answer matching calls as usual, but only after this delay (up to {@link #MAX_DELAY}). */
  public static Fault delay(Duration delay) {
    return base().delayedBy(delay);
  }

  /** The base of {@link #delay}: no status, no drop; valid only once a delay is added. */
  private static Fault base() {
    return new Fault(
        HttpMethod.ANY, "", OptionalInt.empty(), Duration.ZERO, false, false, 0, 1, none());
  }

  private static Optional<Long> none() {
    return Optional.empty();
  }

  /**
   * Only calls with this method whose path, under {@code /services/v2}, starts with {@code
   * pathPrefix} (e.g. {@code "/order/certificate"}).
   */
  public Fault on(HttpMethod method, String pathPrefix) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    return new Fault(
        method, pathPrefix, status, delay, dropConnection, afterHandling, times, probability, seed);
  }

  /** Only calls with this method, whatever their path. */
  public Fault on(HttpMethod method) {
    return on(method, "");
  }

  /** Wait this long (up to {@link #MAX_DELAY}) before the status, the drop or the real answer. */
  public Fault delayedBy(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.isZero() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException("a fault's delay must be more than 0, at most 60 s");
    }
    return new Fault(
        method, pathPrefix, status, delay, dropConnection, afterHandling, times, probability, seed);
  }

  /**
   * Apply the fault after the call took effect: the state changed, the answer is lost or replaced.
   * That is the ambiguous failure a client must not blindly retry.
   */
  public Fault afterHandling() {
    return new Fault(
        method, pathPrefix, status, delay, dropConnection, true, times, probability, seed);
  }

  /** Apply to the next {@code times} matching calls only (at least 1), then retire. */
  public Fault times(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    return new Fault(
        method, pathPrefix, status, delay, dropConnection, afterHandling, times, probability, seed);
  }

  /** Apply to each matching call with this probability, in (0, 1]; see {@link #seed}. */
  public Fault probability(double probability) {
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]");
    }
    return new Fault(
        method, pathPrefix, status, delay, dropConnection, afterHandling, times, probability, seed);
  }

  /**
   * Restart the fake's random generator for probabilistic faults with this seed when the fault is
   * injected, so a run with the same seed and the same calls injects the same faults.
   */
  public Fault seed(long seed) {
    return new Fault(
        method,
        pathPrefix,
        status,
        delay,
        dropConnection,
        afterHandling,
        times,
        probability,
        Optional.of(seed));
  }

  /** The method matched. */
  public HttpMethod method() {
    return method;
  }

  /** The path prefix matched, under {@code /services/v2}; empty for every path. */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** The status answered instead of the real answer, if any. */
  public OptionalInt status() {
    return status;
  }

  /** The delay before answering; zero for none. */
  public Duration delay() {
    return delay;
  }

  /** Whether the connection is closed without an answer. */
  public boolean dropsConnection() {
    return dropConnection;
  }

  /** Whether the fault applies after the call took effect. */
  public boolean isAfterHandling() {
    return afterHandling;
  }

  /** How many matching calls it applies to; 0 for no limit. */
  public int times() {
    return times;
  }

  /** The probability it applies to a matching call. */
  public double probability() {
    return probability;
  }

  /** The seed the fake's random generator restarts from when this fault is injected, if any. */
  public Optional<Long> seed() {
    return seed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fault that
        && method == that.method
        && pathPrefix.equals(that.pathPrefix)
        && status.equals(that.status)
        && delay.equals(that.delay)
        && dropConnection == that.dropConnection
        && afterHandling == that.afterHandling
        && times == that.times
        && Double.compare(probability, that.probability) == 0
        && seed.equals(that.seed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        method, pathPrefix, status, delay, dropConnection, afterHandling, times, probability, seed);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Fault{");
    status.ifPresent(code -> text.append("status ").append(code).append(", "));
    if (dropConnection) {
      text.append("drop, ");
    }
    if (!delay.isZero()) {
      text.append("delay ").append(delay.toMillis()).append(" ms, ");
    }
    text.append("on ").append(method.value()).append(' ').append(pathPrefix);
    if (afterHandling) {
      text.append(", after handling");
    }
    if (times > 0) {
      text.append(", ").append(times).append(" times");
    }
    if (probability < 1) {
      text.append(", probability ").append(probability);
    }
    return text.append('}').toString();
  }
}
