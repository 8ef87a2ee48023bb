package dev.certcentral.http;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.error.CertCentralException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;

/** Shared set-up for the wire tests: a client on MockWebServer with time under control. */
final class Wiring {

  static final String KEY = "secret-key-4711";

  private Wiring() {}

  /**
   * A client of the server, whose queue answers a call nothing was enqueued for with a 404 at once
   * (rather than holding it until the read timeout), so a call too many fails its test quickly.
   */
  static CertCentralClient.Builder client(MockWebServer server, ManualTime time) {
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
    return CertCentralClient.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/services/v2/").toString())
        .clock(time)
        .sleeper(time)
        .random(() -> 0.0);
  }

  /** The CertCentralException the call raises; any other outcome fails the test. */
  static CertCentralException failureOf(Runnable call) {
    try {
      call.run();
    } catch (CertCentralException e) {
      return e;
    }
    throw new AssertionError("expected a CertCentralException");
  }

  static String seed(String name) {
    try (var in = Wiring.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
