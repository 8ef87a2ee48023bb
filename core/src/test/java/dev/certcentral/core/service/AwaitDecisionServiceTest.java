package dev.certcentral.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.error.DecisionTimeoutException;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.WaitInterruptedException;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AwaitDecisionServiceTest {

  private static final RequestId ID = new RequestId(42);

  private final ScriptedCertCentral port = new ScriptedCertCentral();
  private final SteppingTime clock = new SteppingTime();
  private final AwaitDecisionService service = new AwaitDecisionService(port, clock, clock);

  private static Request withStatus(RequestStatus status) {
    return Request.builder(ID, Instant.EPOCH).status(status).build();
  }

  @Test
  void returnsAtOnceWhenAlreadyDecided() {
    port.requestAnswers.add(withStatus(RequestStatus.REJECTED));

    Request result = service.awaitDecision(AwaitDecisionCommand.of(ID, Duration.ofMinutes(1)));

    assertThat(result.status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void pollsWithDoublingPausesUpToTheMaximum() {
    for (int i = 0; i < 5; i++) {
      port.requestAnswers.add(withStatus(RequestStatus.PENDING));
    }
    port.requestAnswers.add(withStatus(RequestStatus.APPROVED));

    Request result =
        service.awaitDecision(
            new AwaitDecisionCommand(
                ID, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(5)));

    assertThat(result.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(clock.sleeps())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5));
    assertThat(port.calls).hasSize(6);
  }

  @Test
  void timesOutWithTheLastSeenRequestAndNeverSleepsPastTheDeadline() {
    port.requestAnswers.add(withStatus(RequestStatus.PENDING));

    assertThatThrownBy(
            () ->
                service.awaitDecision(
                    new AwaitDecisionCommand(
                        ID, Duration.ofSeconds(10), Duration.ofSeconds(4), Duration.ofSeconds(30))))
        .isInstanceOf(DecisionTimeoutException.class)
        .satisfies(
            e ->
                assertThat(((DecisionTimeoutException) e).lastSeen().status())
                    .isEqualTo(RequestStatus.PENDING));
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(6));
    assertThat(clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void anUnknownStatusEndsTheWaitSoTheCallerSeesIt() {
    port.requestAnswers.add(Request.builder(ID, Instant.EPOCH).status("escalated").build());

    assertThat(
            service.awaitDecision(AwaitDecisionCommand.of(ID, Duration.ofSeconds(5))).rawStatus())
        .isEqualTo("escalated");
  }

  @Test
  void interruptionIsTypedAndRestoresTheFlag() {
    port.requestAnswers.add(withStatus(RequestStatus.PENDING));
    AwaitDecisionService interrupted =
        new AwaitDecisionService(
            port,
            clock,
            d -> {
              throw new InterruptedException("stop");
            });

    assertThatThrownBy(
            () -> interrupted.awaitDecision(AwaitDecisionCommand.of(ID, Duration.ofSeconds(5))))
        .isInstanceOf(WaitInterruptedException.class);
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void commandRefusesNonsenseDurations() {
    assertThatThrownBy(() -> AwaitDecisionCommand.of(ID, Duration.ZERO))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> AwaitDecisionCommand.of(ID, null))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                new AwaitDecisionCommand(
                    ID, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void commandNamesEachDurationItRefusesAndAcceptsEqualIntervals() {
    assertThatThrownBy(
            () ->
                new AwaitDecisionCommand(
                    ID, Duration.ofSeconds(5), Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("firstInterval")
        .hasMessageContaining("positive");
    assertThatThrownBy(
            () ->
                new AwaitDecisionCommand(
                    ID, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("maxInterval")
        .hasMessageContaining("positive");
    assertThat(
            new AwaitDecisionCommand(
                    ID, Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(3))
                .maxInterval())
        .isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void systemSleeperReallySleepsForZero() throws InterruptedException {
    Sleeper.SYSTEM.sleep(Duration.ZERO);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
