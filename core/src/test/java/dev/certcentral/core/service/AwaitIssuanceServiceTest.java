package dev.certcentral.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.PollSchedule;
import dev.certcentral.core.domain.error.ErrorCategory;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.IssuanceTimeoutException;
import dev.certcentral.core.domain.error.OrderNotIssuedException;
import dev.certcentral.core.port.in.AwaitIssuanceCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AwaitIssuanceServiceTest {

  private static final OrderId ID = new OrderId(42);
  private static final CertificateId OLD = new CertificateId(1);
  private static final CertificateId NEW = new CertificateId(2);

  private final ScriptedCertCentral port = new ScriptedCertCentral();
  private final SteppingTime clock = new SteppingTime();
  private final AwaitIssuanceService service = new AwaitIssuanceService(port, clock, clock);

  private static Order order(OrderStatus status, CertificateId certificate) {
    Order.Builder order = Order.builder(ID).status(status);
    if (certificate != null) {
      order.certificate(
          IssuedCertificate.builder(certificate)
              .serialNumber("01")
              .dateIssued(Instant.EPOCH)
              .validFrom(LocalDate.EPOCH)
              .validTill(LocalDate.EPOCH)
              .build());
    }
    return order.build();
  }

  @Test
  void pollsWithDoublingPausesUntilTheOrderIsIssued() {
    port.orderAnswers.add(order(OrderStatus.NEEDS_APPROVAL, null));
    port.orderAnswers.add(order(OrderStatus.PENDING, null));
    port.orderAnswers.add(order(OrderStatus.PENDING, null));
    port.orderAnswers.add(order(OrderStatus.ISSUED, NEW));

    Order issued =
        service.awaitIssuance(
            new AwaitIssuanceCommand(
                ID,
                Optional.empty(),
                new PollSchedule(
                    Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(3))));

    assertThat(issued.certificate()).map(IssuedCertificate::id).contains(NEW);
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @Test
  void theLastPauseStopsAtTheDeadlineAndTheTimeoutCarriesTheOrder() {
    port.order = order(OrderStatus.PENDING, null);

    assertThatThrownBy(
            () -> service.awaitIssuance(AwaitIssuanceCommand.of(ID, Duration.ofSeconds(5))))
        .isInstanceOf(IssuanceTimeoutException.class)
        .hasMessageContaining("order 42 is still pending after PT5S")
        .satisfies(
            e -> {
              IssuanceTimeoutException timeout = (IssuanceTimeoutException) e;
              assertThat(timeout.lastSeen().status()).isEqualTo(OrderStatus.PENDING);
              assertThat(timeout.category()).isEqualTo(ErrorCategory.WAIT_TIMED_OUT);
            });
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"REJECTED", "CANCELED", "REVOKED", "EXPIRED"})
  void anOrderThatEndedEndsTheWait(OrderStatus status) {
    port.order = order(status, null);

    assertThatThrownBy(
            () -> service.awaitIssuance(AwaitIssuanceCommand.of(ID, Duration.ofHours(1))))
        .isInstanceOf(OrderNotIssuedException.class)
        .hasMessageContaining("it is " + status.value())
        .satisfies(
            e -> assertThat(((OrderNotIssuedException) e).lastSeen().status()).isEqualTo(status));
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void afterAReissueTheOldCertificateDoesNotCount() {
    port.orderAnswers.add(order(OrderStatus.ISSUED, OLD));
    port.orderAnswers.add(order(OrderStatus.REISSUE_PENDING, OLD));
    port.orderAnswers.add(order(OrderStatus.ISSUED, NEW));

    Order issued =
        service.awaitIssuance(AwaitIssuanceCommand.afterReissue(ID, OLD, Duration.ofHours(1)));

    assertThat(issued.certificate()).map(IssuedCertificate::id).contains(NEW);
    assertThat(port.calls).hasSize(3);
  }

  @Test
  void aReissueThatWentBackToTheOldCertificateEndsTheWait() {
    port.orderAnswers.add(order(OrderStatus.REISSUE_PENDING, OLD));
    port.orderAnswers.add(order(OrderStatus.ISSUED, OLD));

    assertThatThrownBy(
            () ->
                service.awaitIssuance(
                    AwaitIssuanceCommand.afterReissue(ID, OLD, Duration.ofHours(1))))
        .isInstanceOf(OrderNotIssuedException.class)
        .hasMessageContaining("rejected or canceled");
  }

  @Test
  void anIssuedOrderWithoutACertificateIsNotTheReissue() {
    port.orderAnswers.add(order(OrderStatus.ISSUED, null));
    port.orderAnswers.add(order(OrderStatus.ISSUED, NEW));

    assertThat(
            service
                .awaitIssuance(AwaitIssuanceCommand.afterReissue(ID, OLD, Duration.ofHours(1)))
                .certificate())
        .map(IssuedCertificate::id)
        .contains(NEW);
  }

  @Test
  void schedulesRefuseNonsense() {
    assertThatThrownBy(() -> PollSchedule.of(Duration.ZERO))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(
            () ->
                new PollSchedule(
                    Duration.ofMinutes(1), Duration.ofSeconds(9), Duration.ofSeconds(3)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("firstInterval");
    assertThatThrownBy(() -> new AwaitIssuanceCommand(ID, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThat(
            new AwaitIssuanceCommand(ID, null, PollSchedule.of(Duration.ofSeconds(1))).replacing())
        .isEmpty();
  }
}
