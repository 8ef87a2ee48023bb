package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.PollSchedule;
import dev.certcentral.core.domain.RequestId;
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
  public static final Duration DEFAULT_FIRST_INTERVAL = PollSchedule.DEFAULT_FIRST_INTERVAL;

  /** The default longest pause; polling faster would only spend the key's rate limit. */
  public static final Duration DEFAULT_MAX_INTERVAL = PollSchedule.DEFAULT_MAX_INTERVAL;

  /** Refuses negative or zero durations and a first interval above the maximum. */
  public AwaitDecisionCommand {
    Objects.requireNonNull(requestId, "requestId");
    new PollSchedule(timeout, firstInterval, maxInterval);
  }

  /** Waits up to {@code timeout} with the default intervals. */
  public static AwaitDecisionCommand of(RequestId requestId, Duration timeout) {
    return new AwaitDecisionCommand(
        requestId, timeout, DEFAULT_FIRST_INTERVAL, DEFAULT_MAX_INTERVAL);
  }

  /** How the wait polls. */
  public PollSchedule schedule() {
    return new PollSchedule(timeout, firstInterval, maxInterval);
  }
}
