package dev.certcentral.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

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

  /** What the fault is made of. */
  private static final class Parts extends Fields<Parts> {
    HttpMethod method = HttpMethod.ANY;
    String pathPrefix = "";
    OptionalInt status = OptionalInt.empty();
    Duration delay = Duration.ZERO;
    boolean dropConnection;
    boolean afterHandling;
    int times;
    double probability = 1;
    Optional<Long> seed = Optional.empty();
  }

  private final Parts parts;

  private Fault(Parts parts) {
    this.parts = parts;
  }

  private Fault with(Consumer<Parts> change) {
    return new Fault(parts.changed(change));
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
    return new Fault(new Parts().changed(f -> f.status = OptionalInt.of(status)));
  }

  /** Close the connection of matching calls without an answer: the client sees it broken. */
  public static Fault drop() {
    return new Fault(new Parts().changed(f -> f.dropConnection = true));
  }

  /** Answer matching calls as usual, but only after this delay (up to {@link #MAX_DELAY}). */
  public static Fault delay(Duration delay) {
    // Not a fault until the delay is added, which refuses a zero delay.
    return new Fault(new Parts()).delayedBy(delay);
  }

  /**
   * Only calls with this method whose path, under {@code /services/v2}, starts with {@code
   * pathPrefix} (e.g. {@code "/order/certificate"}).
   */
  public Fault on(HttpMethod method, String pathPrefix) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    return with(
        f -> {
          f.method = method;
          f.pathPrefix = pathPrefix;
        });
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
    return with(f -> f.delay = delay);
  }

  /**
   * Apply the fault after the call took effect: the state changed, the answer is lost or replaced.
   * That is the ambiguous failure a client must not blindly retry.
   */
  public Fault afterHandling() {
    return with(f -> f.afterHandling = true);
  }

  /** Apply to the next {@code times} matching calls only (at least 1), then retire. */
  public Fault times(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    return with(f -> f.times = times);
  }

  /** Apply to each matching call with this probability, in (0, 1]; see {@link #seed}. */
  public Fault probability(double probability) {
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]");
    }
    return with(f -> f.probability = probability);
  }

  /**
   * Restart the fake's random generator for probabilistic faults with this seed when the fault is
   * injected, so a run with the same seed and the same calls injects the same faults.
   */
  public Fault seed(long seed) {
    return with(f -> f.seed = Optional.of(seed));
  }

  /** The method matched. */
  public HttpMethod method() {
    return parts.method;
  }

  /** The path prefix matched, under {@code /services/v2}; empty for every path. */
  public String pathPrefix() {
    return parts.pathPrefix;
  }

  /** The status answered instead of the real answer, if any. */
  public OptionalInt status() {
    return parts.status;
  }

  /** The delay before answering; zero for none. */
  public Duration delay() {
    return parts.delay;
  }

  /** Whether the connection is closed without an answer. */
  public boolean dropsConnection() {
    return parts.dropConnection;
  }

  /** Whether the fault applies after the call took effect. */
  public boolean isAfterHandling() {
    return parts.afterHandling;
  }

  /** How many matching calls it applies to; 0 for no limit. */
  public int times() {
    return parts.times;
  }

  /** The probability it applies to a matching call. */
  public double probability() {
    return parts.probability;
  }

  /** The seed the fake's random generator restarts from when this fault is injected, if any. */
  public Optional<Long> seed() {
    return parts.seed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fault that
        && method() == that.method()
        && pathPrefix().equals(that.pathPrefix())
        && status().equals(that.status())
        && delay().equals(that.delay())
        && dropsConnection() == that.dropsConnection()
        && isAfterHandling() == that.isAfterHandling()
        && times() == that.times()
        && Double.compare(probability(), that.probability()) == 0
        && seed().equals(that.seed());
  }

  @Override
  public int hashCode() {
    return Objects.hash(method(), pathPrefix(), status(), delay(), times(), probability());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Fault{");
    status().ifPresent(code -> text.append("status ").append(code).append(", "));
    if (dropsConnection()) {
      text.append("drop, ");
    }
    if (!delay().isZero()) {
      text.append("delay ").append(delay().toMillis()).append(" ms, ");
    }
    text.append("on ").append(method().value()).append(' ').append(pathPrefix());
    if (isAfterHandling()) {
      text.append(", after handling");
    }
    if (times() > 0) {
      text.append(", ").append(times()).append(" times");
    }
    if (probability() < 1) {
      text.append(", probability ").append(probability());
    }
    return text.append('}').toString();
  }
}
