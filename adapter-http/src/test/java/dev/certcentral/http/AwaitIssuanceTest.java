package dev.certcentral.http;

import static dev.certcentral.http.Wiring.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.PollSchedule;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.IssuanceTimeoutException;
import dev.certcentral.core.domain.error.OrderNotIssuedException;
import dev.certcentral.core.port.in.AwaitIssuanceCommand;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code awaitIssuance} polls order info over HTTP on the client's own clock and sleeper, with
 * doubling pauses, and after a reissue waits for a certificate other than the one it replaces.
 */
class AwaitIssuanceTest {

  private static final OrderId ORDER = new OrderId(123456);

  private final MockWebServer server = NoDelayServerSockets.mockWebServer();
  private final ConformingDispatcher requests = new ConformingDispatcher();
  private final ManualTime time = new ManualTime();
  private CertCentralClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(requests);
    server.start();
    client = Wiring.client(server, time).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    requests.assertConforming();
  }

  private void order(String status) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "{\"id\": 123456, \"status\": \""
                    + status
                    + "\", \"certificate\": {\"id\": 1, \"common_name\": \"example.com\"}}")
            .build());
  }

  private void issued(long certificateId) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "{\"id\": 123456, \"status\": \"issued\", \"certificate\": {\"id\": "
                    + certificateId
                    + ", \"common_name\": \"example.com\", \"serial_number\": \"0A"
                    + certificateId
                    + "\", \"date_issued\": \"2030-01-01T00:00:10+00:00\", \"valid_from\":"
                    + " \"2030-01-01\", \"valid_till\": \"2031-01-01\"}}")
            .build());
  }

  @Test
  void aNewOrderIsPolledWithDoublingPausesUntilItIsIssued() {
    order("needs_approval");
    order("pending");
    order("pending");
    issued(7);

    Order order = client.awaitIssuance(AwaitIssuanceCommand.of(ORDER, Duration.ofMinutes(5)));

    assertThat(order.certificate().map(IssuedCertificate::id)).contains(new CertificateId(7));
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void afterAReissueItWaitsForACertificateOtherThanTheReplacedOne() {
    issued(7);
    order("reissue_pending");
    issued(8);

    Order order =
        client.awaitIssuance(
            AwaitIssuanceCommand.afterReissue(ORDER, new CertificateId(7), Duration.ofMinutes(5)));

    assertThat(order.certificate().orElseThrow().id()).isEqualTo(new CertificateId(8));
    assertThat(order.certificate().orElseThrow().serialNumber()).isEqualTo("0A8");
  }

  @Test
  void aReissueThatWasRejectedEndsTheWait() {
    order("reissue_pending");
    issued(7);

    CertCentralException e =
        failureOf(
            () ->
                client.awaitIssuance(
                    AwaitIssuanceCommand.afterReissue(
                        ORDER, new CertificateId(7), Duration.ofMinutes(5))));

    assertThat(e).isInstanceOf(OrderNotIssuedException.class);
  }

  @Test
  void theWaitEndsAtItsTimeoutWithTheLastOrderSeen() {
    for (int i = 0; i < 4; i++) {
      order("pending");
    }

    CertCentralException e =
        failureOf(
            () ->
                client.awaitIssuance(
                    new AwaitIssuanceCommand(
                        ORDER,
                        Optional.empty(),
                        new PollSchedule(
                            Duration.ofSeconds(10),
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(4)))));

    assertThat(e).isInstanceOf(IssuanceTimeoutException.class).hasMessageContaining("pending");
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRejectedOrderEndsTheWait() {
    order("rejected");

    assertThat(
            failureOf(
                () -> client.awaitIssuance(AwaitIssuanceCommand.of(ORDER, Duration.ofMinutes(5)))))
        .isInstanceOf(OrderNotIssuedException.class)
        .hasMessageContaining("rejected");
  }
}
