package dev.certcentral.http.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.RecordedCall;
import dev.certcentral.http.NoDelayServerSockets;
import dev.certcentral.openapi.check.compare.FidelityReport;
import dev.certcentral.openapi.check.compare.Observation;
import dev.certcentral.openapi.check.compare.ShapeComparison;
import dev.certcentral.openapi.check.compare.ShapeDifference;
import dev.certcentral.openapi.check.compare.Target;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Record and compare, shown on two fakes: a second fake stands in for the real CertCentral. Equal,
 * they give no difference; behind a proxy that retypes one field of order info, the report names
 * that operation and that pointer, and nothing else.
 */
class TwoFakesComparisonTest {

  // Shared by both tests: every call they make is a read.
  private static FakeCertCentral fake;
  private static FakeCertCentral standIn;

  @BeforeAll
  static void start() {
    fake = ComparisonAccount.start();
    standIn = ComparisonAccount.start();
  }

  @AfterAll
  static void stop() {
    standIn.close();
    fake.close();
  }

  @Test
  void twoEqualFakesDifferInNothing() {
    ShapeComparison comparison = ShapeComparison.between(target(standIn), target(fake));

    assertThat(comparison.differences()).isEmpty();
    assertThat(comparison.unpaired()).isEmpty();
    // The calls reached every read-only operation the fakes serve, with something to read.
    assertThat(comparison.real())
        .extracting(Observation::call)
        .contains(
            "listOrders",
            "getOrder [issued]",
            "getOrder [needs_approval]",
            "getValidationStatus [pending]",
            "listRequests",
            "getRequest [pending]",
            "getRequest [rejected]",
            "listProducts");
    assertThat(comparison.real())
        .filteredOn(call -> call.operationId().equals("getOrder"))
        .extracting(Observation::status)
        .containsOnly(200);
    assertThat(FidelityReport.markdown(comparison, target(standIn), target(fake)))
        .contains("## Differences (0)");
    // It only reads.
    assertThat(fake.journal()).isNotEmpty().extracting(RecordedCall::method).containsOnly("GET");
  }

  @Test
  void aRetypedFieldOfOrderInfoIsTheOnlyDifferenceReported() throws IOException {
    try (MockWebServer proxy = NoDelayServerSockets.mockWebServer()) {
      proxy.setDispatcher(new RetypingProxy(standIn.baseUrl()));
      proxy.start();
      Target real = new Target(proxy.url("/services/v2").toString(), standIn.apiKey());

      ShapeComparison comparison = ShapeComparison.between(real, target(fake));

      List<ShapeDifference> differences = comparison.differences();
      long orderInfoCalls =
          comparison.real().stream().filter(c -> c.operationId().equals("getOrder")).count();
      assertThat(orderInfoCalls).isGreaterThan(1);
      assertThat(differences).hasSize((int) orderInfoCalls);
      assertThat(differences)
          .allSatisfy(
              d -> {
                assertThat(d.operationId()).isEqualTo("getOrder");
                assertThat(d.pointer()).isEqualTo("/validity_years");
                assertThat(d.real()).isEqualTo("string");
                assertThat(d.fake()).isEqualTo("integer");
              });
      assertThat(FidelityReport.markdown(comparison, real, target(fake)))
          .contains("| getOrder [issued] | `getOrder` | `/validity_years` | string | integer |")
          .doesNotContain(standIn.apiKey());
    }
  }

  private static Target target(FakeCertCentral fake) {
    return new Target(fake.baseUrl(), fake.apiKey());
  }

  /**
   * Forwards every call to a fake and, in order info alone, sends {@code validity_years} as a
   * string: the one planted difference.
   */
  private static final class RetypingProxy extends Dispatcher {

    private static final Pattern ORDER_INFO =
        Pattern.compile("/services/v2/order/certificate/\\d+");
    private static final Pattern VALIDITY_YEARS = Pattern.compile("\"validity_years\":(\\d+)");

    private final String upstream;
    private final HttpClient http = HttpClient.newHttpClient();

    RetypingProxy(String upstreamBaseUrl) {
      this.upstream = upstreamBaseUrl.substring(0, upstreamBaseUrl.indexOf("/services/v2"));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      String target = request.getUrl().encodedPath();
      String query = request.getUrl().encodedQuery();
      HttpRequest.Builder forward =
          HttpRequest.newBuilder(URI.create(upstream + target + (query == null ? "" : "?" + query)))
              .method(request.getMethod(), HttpRequest.BodyPublishers.noBody());
      request.getHeaders().forEach(h -> copyHeader(forward, h.getFirst(), h.getSecond()));
      try {
        HttpResponse<byte[]> answer =
            http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (ORDER_INFO.matcher(target).matches() && answer.statusCode() == 200) {
          body = VALIDITY_YEARS.matcher(body).replaceFirst("\"validity_years\":\"$1\"");
        }
        return new MockResponse.Builder()
            .code(answer.statusCode())
            .setHeader(
                "Content-Type",
                answer.headers().firstValue("Content-Type").orElse("application/json"))
            .body(body)
            .build();
      } catch (IOException e) {
        return new MockResponse.Builder().code(502).build();
      }
    }

    private static void copyHeader(HttpRequest.Builder forward, String name, String value) {
      if (name.equalsIgnoreCase("X-DC-DEVKEY") || name.equalsIgnoreCase("Accept")) {
        forward.header(name, value);
      }
    }
  }
}
