package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;

/**
 * Wait until a request is decided.
 *
 * @param requestId the request
 * @param timeout how long to wait in all
 * @param firstInterval the pause after the first poll; each later pause doubles
 * @param maxInterval the longest pause between two polls
 */
public record AwaitDecisionCommand(
    RequestId requestId, Duration timeout, Duration firstInterval, Duration maxInterval) {

  /** The default first pause between polls. */
  public static final Duration DEFAULT_FIRST_INTERVAL = Duration.ofSeconds(2);

  /** The default longest pause; polling faster would only spend the key's rate limit. */
  public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(30);

  /** Refuses negative or zero durations and a first interval above the maximum. */
  public AwaitDecisionCommand {
    Objects.requireNonNull(requestId, "requestId");
    requirePositive("timeout", timeout);
    requirePositive("firstInterval", firstInterval);
    requirePositive("maxInterval", maxInterval);
    if (firstInterval.compareTo(maxInterval) > 0) {
      throw InvalidRequestException.invalidParameter(
          "firstInterval", "must not exceed maxInterval");
    }
  }

  /** Waits up to {@code timeout} with the default intervals. */
  public static AwaitDecisionCommand of(RequestId requestId, Duration timeout) {
    return new AwaitDecisionCommand(
        requestId, timeout, DEFAULT_FIRST_INTERVAL, DEFAULT_MAX_INTERVAL);
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw InvalidRequestException.invalidParameter(name, "must be a positive duration");
    }
  }
}
