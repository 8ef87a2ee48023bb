package dev.certcentral.fake.web;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault to inject into matching API calls.
 *
 * @param method the HTTP method to match, or {@code *}
 * @param pathPrefix the path prefix to match, under {@code /services/v2} (e.g. {@code /request})
 * @param status answer with this status and a DigiCert error body instead of the real answer
 * @param delay wait this long before answering
 * @param dropConnection close the connection without an answer
 * @param afterHandling apply the fault after the call took effect (state changed, answer lost): the
 *     ambiguous failure a client must not blindly retry
 * @param times apply to this many matching calls at most; 0 for no limit
 * @param probability apply to each matching call with this probability
 */
public record Fault(
    String method,
    String pathPrefix,
    Optional<Integer> status,
    Duration delay,
    boolean dropConnection,
    boolean afterHandling,
    int times,
    double probability) {

  /** Validates the fault. */
  public Fault {
    method = Objects.requireNonNullElse(method, "*");
    pathPrefix = Objects.requireNonNullElse(pathPrefix, "");
    status = Objects.requireNonNullElse(status, Optional.empty());
    delay = Objects.requireNonNullElse(delay, Duration.ZERO);
    status.ifPresent(
        code -> {
          if (code < 400 || code > 599) {
            throw new IllegalArgumentException("a fault's status must be 4xx or 5xx");
          }
        });
    if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("a fault's delay must be 0 to 60 s");
    }
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative");
    }
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]");
    }
    if (status.isEmpty() && !dropConnection && delay.isZero()) {
      throw new IllegalArgumentException("a fault needs a status, a delay or dropConnection");
    }
  }

  /** Answer the next {@code times} matching calls with {@code status}. */
  public static Fault status(String method, String pathPrefix, int status, int times) {
    return new Fault(
        method, pathPrefix, Optional.of(status), Duration.ZERO, false, false, times, 1);
  }

  /** Drop the connection of the next {@code times} matching calls, before or after they act. */
  public static Fault drop(String method, String pathPrefix, boolean afterHandling, int times) {
    return new Fault(
        method, pathPrefix, Optional.empty(), Duration.ZERO, true, afterHandling, times, 1);
  }

  /**
   * What answers a matching call in place of the real answer: the status, with DigiCert's error for
   * 429 and 503 and, for any other status, an {@code injected_fault} code of the fake's own.
   */
  CertCentralException injectedAnswer() {
    int code = status.orElseThrow();
    DigiCertError error =
        switch (code) {
          case 429 -> new DigiCertError(ErrorCodes.RATE_LIMITED, "Request limit exceeded.");
          case 503 ->
              new DigiCertError(
                  DigiCertErrorHandler.SERVICE_UNAVAILABLE, "Service temporarily unavailable.");
          default ->
              new DigiCertError(
                  "injected_fault", "Fault injected by the fake (HTTP " + code + ").");
        };
    return new CertCentralException("injected fault", code, List.of(error), null);
  }

  boolean matches(String requestMethod, String apiPath) {
    return ("*".equals(method) || method.equalsIgnoreCase(requestMethod))
        && apiPath.startsWith(pathPrefix);
  }
}
