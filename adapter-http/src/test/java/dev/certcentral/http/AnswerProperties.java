package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.CertCentralException;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever CertCentral (or a proxy) answers, only a CertCentralException ever escapes. */
class AnswerProperties {

  private static MockWebServer server;
  private static ConformingDispatcher requests;
  private static CertCentralClient client;

  @BeforeContainer
  static void start() throws Exception {
    server = NoDelayServerSockets.mockWebServer();
    requests = new ConformingDispatcher();
    server.setDispatcher(requests);
    server.start();
    client = Wiring.client(server, new ManualTime()).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterContainer
  static void stop() {
    client.close();
    server.close();
    requests.assertConforming();
  }

  @Property(tries = 150)
  void arbitraryAnswersOnlyEverRaiseCertCentralExceptions(
      @ForAll("statuses") int status, @ForAll("bodies") String body, @ForAll("calls") int call) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());

    try {
      CALLS[call].accept(client);
    } catch (CertCentralException expected) {
      assertThat(expected.getMessage()).isNotBlank().doesNotContain(Wiring.KEY);
    }
  }

  @SuppressWarnings("unchecked")
  private static final Consumer<CertCentralClient>[] CALLS =
      new Consumer[] {
        (Consumer<CertCentralClient>) c -> c.certCentral().getRequest(new RequestId(1)),
        (Consumer<CertCentralClient>) c -> c.certCentral().getOrder(new OrderId(1)),
        (Consumer<CertCentralClient>) c -> c.certCentral().getValidationStatus(new OrderId(1)),
        (Consumer<CertCentralClient>) c -> c.certCentral().listRequests(),
        (Consumer<CertCentralClient>)
            c -> c.certCentral().revokeOrderCertificates(new OrderId(1), "c", false),
        (Consumer<CertCentralClient>) c -> c.certCentral().cancelOrder(new OrderId(1), "n"),
      };

  @Provide
  Arbitrary<Integer> calls() {
    return Arbitraries.integers().between(0, CALLS.length - 1);
  }

  @Provide
  Arbitrary<Integer> statuses() {
    return Arbitraries.oneOf(
        Arbitraries.of(200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503),
        Arbitraries.integers().between(200, 599));
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            "\"id\":",
            "1",
            "-1",
            "\"x\"",
            "null",
            "true",
            ",",
            ":",
            "\"errors\":",
            "\"date\":",
            "\"2030-01-01T00:00:00+00:00\"",
            "\"status\":",
            "\"orders\":",
            "\"requests\":",
            "{\"code\":\"invalid_status\"}",
            "<html>",
            " ");
    return Arbitraries.oneOf(
        fragments.list().ofMaxSize(20).map(parts -> String.join("", parts)),
        Arbitraries.strings().ofMaxLength(60));
  }
}
