package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCategory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The remote control client's own concerns: where it connects, the token, failures it reports. */
class FakeControlClientTest {

  @Test
  void itConnectsThroughTheRootTheApiOrTheControlUrl() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      fake.givenOrder(OrderStatus.ISSUED);
      String root = fake.baseUrl().replace("/services/v2", "");

      for (String url : new String[] {root, root + "/", fake.baseUrl(), fake.adminUrl()}) {
        FakeControlClient client = FakeControlClient.connect(url);
        assertThat(client.baseUrl()).as(url).isEqualTo(fake.baseUrl());
        assertThat(client.state().orderCount()).as(url).isEqualTo(1);
      }
    }
  }

  @Test
  void withoutTheTokenAFakeRequiresItsCallsAreDeniedAndWithItTheyPass() {
    try (FakeCertCentral fake = FakeCertCentral.builder().adminToken("s3cret-token").start()) {
      FakeControlClient client = FakeControlClient.connect(fake.baseUrl());

      assertThatThrownBy(client::reset)
          .isInstanceOfSatisfying(
              AccessDeniedException.class,
              e -> {
                assertThat(e.httpStatus()).hasValue(403);
                assertThat(e.hasErrorCode("access_denied|access_denied_invalid_key")).isTrue();
              });
      client.withAdminToken("s3cret-token").reset();
      assertThat(client.withAdminToken("s3cret-token").toString()).doesNotContain("s3cret");
    }
  }

  @Test
  void aFakeThatCannotBeReachedIsATransportFailure() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    FakeControlClient client = FakeControlClient.connect("http://127.0.0.1:" + closedPort);

    assertThatThrownBy(client::journal)
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.TRANSPORT));
  }

  @Test
  void anythingButAnHttpUrlIsRefusedAtOnce() {
    assertThatThrownBy(() -> FakeControlClient.connect("localhost:8080"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answersThatAreNotWhatTheFakeSendsAreUnexpectedResponses() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body =
              (exchange.getRequestURI().getPath().endsWith("/dcv-policy")
                      ? "{\"kind\": \"sometimes\"}"
                      : "not DER, not PEM")
                  .getBytes(StandardCharsets.US_ASCII);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      FakeControlClient client =
          FakeControlClient.connect("http://127.0.0.1:" + server.getAddress().getPort());

      for (ThrowingCallable call :
          List.<ThrowingCallable>of(client::crl, client::caRoot, client::dcvPolicy)) {
        assertThatThrownBy(call)
            .isInstanceOfSatisfying(
                CertCentralException.class,
                e -> assertThat(e.category()).isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE));
      }
    } finally {
      server.stop(0);
    }
  }
}
