package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone entry point as a real process: ready line, preload file, token, heap bound, and a
 * SIGTERM that lets calls in flight finish.
 */
class StandaloneTest {

  private static final List<String> QUICK_JVM = List.of("-XX:TieredStopAtLevel=1");

  @TempDir Path dir;

  @Test
  void startsOnAFreePortPreloadsItsStateAndDrainsCallsInFlightOnSigterm() throws Exception {
    Path preload = dir.resolve("preload.json");
    Files.writeString(
        preload,
        "{\"api_keys\": [{\"key\": \"viewer\", \"role\": \"view_only\"}],"
            + " \"orders\": [{\"status\": \"issued\", \"common_name\": \"preloaded.example\"},"
            + " {\"status\": \"pending\", \"count\": 3}]}");
    try (StandaloneFake fake =
        StandaloneFake.start(
            dir,
            QUICK_JVM,
            List.of("--port", "0", "--api-key", "k1", "--preload", preload.toString()))) {
      assertThat(fake.printedHost()).isEqualTo("127.0.0.1");
      Http http = new Http(fake.printedRoot());

      Http.Response orders = http.get("/order/certificate", "viewer");
      assertThat(orders.status()).isEqualTo(200);
      assertThat(orders.body()).contains("preloaded.example");
      assertThat(orders.json().get("page").toString()).contains("total=4");
      assertThat(http.get("/order/certificate", "k1").status()).isEqualTo(200);
      assertThat(http.get("/order/certificate", FakeCertCentral.DEFAULT_API_KEY).status())
          .isEqualTo(403);

      int held = 4;
      http.admin(
          "POST",
          "/faults",
          "{\"method\": \"PUT\", \"path_prefix\": \"/order/certificate\", \"delay_ms\": 1500,"
              + " \"times\": "
              + held
              + "}");
      List<CompletableFuture<HttpResponse<String>>> cancels = new ArrayList<>();
      HttpClient client = HttpClient.newHttpClient();
      for (int i = 0; i < held; i++) {
        cancels.add(
            client.sendAsync(
                HttpRequest.newBuilder(
                        URI.create(
                            fake.printedRoot()
                                + "/services/v2/order/certificate/"
                                + (1_000_002 + i % 3)
                                + "/status"))
                    .header("X-DC-DEVKEY", "k1")
                    .timeout(Duration.ofSeconds(20))
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"status\": \"canceled\", \"note\": \"n\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
      }
      Await.until(
          "every held call is in the fake",
          Duration.ofSeconds(10),
          () -> http.admin("GET", "/faults", null).body().contains("\"faults\":[]"));

      int exit = fake.terminate();

      for (CompletableFuture<HttpResponse<String>> cancel : cancels) {
        assertThat(cancel.get().statusCode()).as("a call in flight at SIGTERM").isIn(204, 400);
      }
      assertThat(cancels).filteredOn(c -> c.join().statusCode() == 204).hasSize(3);
      assertThat(exit).isIn(0, 143);
    }
  }

  @Test
  void boundBeyondLoopbackItPrintsTheRealAddressAndItsTokenOnce() throws Exception {
    try (StandaloneFake fake =
        StandaloneFake.start(dir, QUICK_JVM, List.of("--port", "0", "--host", "0.0.0.0"))) {
      assertThat(fake.printedHost()).isEqualTo("0.0.0.0");
      Matcher printed =
          Pattern.compile(Pattern.quote(FakeCertCentral.ADMIN_TOKEN_HEADER) + ": (\\S+)")
              .matcher(fake.stderr());
      assertThat(printed.find()).as("token on stderr: " + fake.stderr()).isTrue();
      String token = printed.group(1);
      assertThat(printed.find()).as("printed once").isFalse();
      String root = "http://127.0.0.1:" + fake.port();

      assertThat(new Http(root).admin("GET", "/state", null).status()).isEqualTo(403);
      assertThat(new Http(root, Optional.of(token)).admin("GET", "/state", null).status())
          .isEqualTo(200);
    }
  }

  @Test
  void aBulkCreationBeyondTheHeapIsRefusedAndTheFakeStaysHealthy() throws Exception {
    try (StandaloneFake fake =
        StandaloneFake.start(
            dir,
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m"),
            List.of("--port", "0"))) {
      Http http = new Http(fake.printedRoot());

      Http.Response refused =
          http.admin("POST", "/orders", "{\"status\": \"issued\", \"count\": 1000000}");

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.errorCode()).isEqualTo("invalid_param");
      assertThat(refused.body()).contains("heap").contains("-Xmx");
      assertThat(http.admin("GET", "/health", null).json()).containsEntry("status", "ok");
      assertThat(http.admin("POST", "/orders", "{\"count\": 1000}").status()).isEqualTo(201);
      assertThat(fake.terminate()).isIn(0, 143);
    }
  }
}
