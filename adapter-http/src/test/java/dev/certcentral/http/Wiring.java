package dev.certcentral.http;

import dev.certcentral.core.service.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;

/** Shared set-up for the wire tests: a client on MockWebServer with time under control. */
final class Wiring {

  static final String KEY = "secret-key-4711";

  /** A clock that moves only when something sleeps, so no test waits for real. */
  static final class ManualTime extends Clock implements Sleeper {
    private Instant now = Instant.parse("2030-01-01T00:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
      sleeps.add(duration);
      now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private Wiring() {}

  static CertCentralClient.Builder client(MockWebServer server, ManualTime time) {
    return CertCentralClient.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/services/v2/").toString())
        .clock(time)
        .sleeper(time)
        .random(() -> 0.0);
  }

  static String seed(String name) {
    try (var in = Wiring.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
