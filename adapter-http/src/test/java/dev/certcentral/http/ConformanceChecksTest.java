package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * The checks the wire tests and the contract over HTTP run against openapi/certcentral.yaml can
 * fail: a request or an answer that differs is reported with its operation and pointer.
 */
class ConformanceChecksTest {

  @Test
  void aRequestThatDiffersFromTheDescriptionFailsTheWireTestsCheck() throws Exception {
    ConformingDispatcher requests = new ConformingDispatcher();
    try (MockWebServer server = NoDelayServerSockets.mockWebServer()) {
      server.setDispatcher(requests);
      server.start();
      server.enqueue(new MockResponse.Builder().code(204).build());
      Request misspelt =
          new Request.Builder()
              .url(server.url("/services/v2/order/certificate/5/status"))
              .header("X-DC-DEVKEY", Wiring.KEY)
              .put(
                  RequestBody.create(
                      "{\"status\":\"Canceled\",\"note\":\"n\"}",
                      MediaType.get("application/json")))
              .build();
      OkHttpClient raw = new OkHttpClient();
      raw.newCall(misspelt).execute().close();
      raw.dispatcher().executorService().shutdown();
      raw.connectionPool().evictAll();
    }

    assertThat(requests.checked()).isEqualTo(1);
    assertThatThrownBy(requests::assertConforming)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("updateOrderStatus request /body/status");
  }

  @Test
  void anAnswerThatDiffersFromTheDescriptionFailsTheContractsCheck() throws Exception {
    ConformanceInterceptor conformance = new ConformanceInterceptor();
    try (MockWebServer server = NoDelayServerSockets.mockWebServer()) {
      server.start();
      // The client reads a quoted number as Moshi does; the description says integer.
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .setHeader("Content-Type", "application/json")
              .body(
                  "{\"id\": 5, \"status\": \"issued\", \"validity_years\": \"1\","
                      + " \"certificate\": {\"common_name\": \"a.example\"}}")
              .build());
      try (CertCentralClient client =
          Wiring.client(server, new ManualTime())
              .okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(conformance).build())
              .build()) {
        Order order = client.certCentral().getOrder(new OrderId(5));
        assertThat(order.validityYears()).isEqualTo(1);
      }
    }

    assertThat(conformance.checked()).isEqualTo(1);
    assertThatThrownBy(conformance::assertConforming)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("getOrder response /body/validity_years");
  }
}
