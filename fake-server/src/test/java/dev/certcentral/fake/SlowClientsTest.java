package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their body a byte at a time hold no worker thread: with three times as many of
 * them as the fake has threads, other calls still get through, and each slow body is cut off with a
 * 408 once its deadline passes.
 */
class SlowClientsTest {

  private static final int THREADS = 8;

  @Test
  void slowBodiesDoNotStarveOtherCalls() throws IOException {
    try (FakeCertCentral fake = FakeCertCentral.builder().maxThreads(THREADS).start();
        SlowBodies slow = SlowBodies.open(fake.port(), 3 * THREADS)) {
      Http http = Http.of(fake);

      for (int i = 0; i < 2 * THREADS; i++) {
        assertThat(http.get("/request", fake.apiKey()).status()).isEqualTo(200);
        assertThat(http.admin("GET", "/health", null).status()).isEqualTo(200);
      }
      assertThat(slow.count()).isEqualTo(3 * THREADS);
    }
  }

  @Test
  void aBodyThatDoesNotArriveInTimeIsRefusedWith408() throws IOException {
    try (FakeCertCentral fake =
            FakeCertCentral.builder().bodyDeadline(Duration.ofMillis(200)).start();
        SlowBodies slow = SlowBodies.open(fake.port(), 1)) {

      RawHttp.Answer answer = slow.answerOf(0);

      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.header("content-type")).startsWith("application/json");
      assertThat(answer.errorCode()).isEqualTo("request_timeout");
      assertThat(fake.state().orderCount(FakeCertCentral.DEFAULT_ACCOUNT)).isZero();
    }
  }

  /** Connections that announced a 100-byte body to an admin write and sent one byte of it. */
  private static final class SlowBodies implements AutoCloseable {
    private final List<Socket> sockets = new ArrayList<>();

    static SlowBodies open(int port, int count) throws IOException {
      SlowBodies slow = new SlowBodies();
      for (int i = 0; i < count; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        slow.sockets.add(socket);
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /__fake/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      return slow;
    }

    int count() {
      return sockets.size();
    }

    RawHttp.Answer answerOf(int index) throws IOException {
      return RawHttp.read(sockets.get(index).getInputStream());
    }

    @Override
    public void close() throws IOException {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }
}
