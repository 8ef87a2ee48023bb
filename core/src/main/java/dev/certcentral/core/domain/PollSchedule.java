package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;
import java.time.Duration;

/**
 * How a wait polls: for at most {@code timeout}, first pausing {@code firstInterval}, each later
 * pause twice the one before up to {@code maxInterval}, so a long wait costs few calls against the
 * key's rate limit.
 *
 * @param timeout how long to wait in all
 * @param firstInterval the pause after the first poll
 * @param maxInterval the longest pause between two polls
 */
public record PollSchedule(Duration timeout, Duration firstInterval, Duration maxInterval) {

  /** The default first pause between polls. */
  public static final Duration DEFAULT_FIRST_INTERVAL = Duration.ofSeconds(2);

  /** The default longest pause; polling faster would only spend the key's rate limit. */
  public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(30);

  /** Refuses negative or zero durations and a first interval above the maximum. */
  public PollSchedule {
    requirePositive("timeout", timeout);
    requirePositive("firstInterval", firstInterval);
    requirePositive("maxInterval", maxInterval);
    if (firstInterval.compareTo(maxInterval) > 0) {
      throw InvalidRequestException.invalidParameter(
          "firstInterval", "must not exceed maxInterval");
    }
  }

  /** Waits up to {@code timeout} with the default intervals. */
  public static PollSchedule of(Duration timeout) {
    return new PollSchedule(timeout, DEFAULT_FIRST_INTERVAL, DEFAULT_MAX_INTERVAL);
  }

  /** The pause after {@code pause}: twice as long, at most {@code maxInterval}. */
  public Duration after(Duration pause) {
    Duration doubled = pause.multipliedBy(2);
    return doubled.compareTo(maxInterval) < 0 ? doubled : maxInterval;
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw InvalidRequestException.invalidParameter(name, "must be a positive duration");
    }
  }
}
