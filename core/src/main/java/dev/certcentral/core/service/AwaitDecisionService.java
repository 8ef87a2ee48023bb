package dev.certcentral.core.service;

import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.error.DecisionTimeoutException;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import dev.certcentral.core.port.in.AwaitDecisionUseCase;
import dev.certcentral.core.port.out.RequestPort;
import java.time.Clock;
import java.util.Objects;

/**
 * Polls a request until it leaves {@code submitted}/{@code pending}, doubling the pause each time
 * up to a maximum so a long wait costs few calls against the key's rate limit.
 */
public final class AwaitDecisionService implements AwaitDecisionUseCase {

  private final RequestPort requests;
  private final Poller poller;

  /** Creates the service; the clock and sleeper decide how time passes. */
  public AwaitDecisionService(RequestPort requests, Clock clock, Sleeper sleeper) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.poller =
        new Poller(
            Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(sleeper, "sleeper"));
  }

  @Override
  public Request awaitDecision(AwaitDecisionCommand command) {
    return poller.until(
        command.schedule(),
        () -> requests.getRequest(command.requestId()),
        request -> !request.status().isOpen(),
        request -> new DecisionTimeoutException(request, command.timeout()));
  }
}
