package dev.certcentral.core.service;

import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.error.DecisionTimeoutException;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import dev.certcentral.core.port.in.AwaitDecisionUseCase;
import dev.certcentral.core.port.out.RequestPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Polls a request until it leaves {@code submitted}/{@code pending}, doubling the pause each time
 * up to a maximum so a long wait costs few calls against the key's rate limit.
 */
public final class AwaitDecisionService implements AwaitDecisionUseCase {

  private final RequestPort requests;
  private final Clock clock;
  private final Sleeper sleeper;

  /** Creates the service; the clock and sleeper decide how time passes. */
  public AwaitDecisionService(RequestPort requests, Clock clock, Sleeper sleeper) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public Request awaitDecision(AwaitDecisionCommand command) {
    Instant deadline = clock.instant().plus(command.timeout());
    Duration pause = command.firstInterval();
    while (true) {
      Request request = requests.getRequest(command.requestId());
      if (!request.status().isOpen()) {
        return request;
      }
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new DecisionTimeoutException(request, command.timeout());
      }
      sleeper.pause(Collections.min(List.of(pause, remaining)));
      pause = Collections.min(List.of(pause.multipliedBy(2), command.maxInterval()));
    }
  }
}
