package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone entry point as a real process: ready line, seed file, clean SIGTERM stop. */
class StandaloneTest {

  private static final Pattern READY =
      Pattern.compile("CertCentral fake listening on (http://127\\.0\\.0\\.1:(\\d+))/services/v2");

  @Test
  void startsOnAFreePortLoadsTheSeedAndStopsOnSigterm(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        "{\"api_keys\": [{\"key\": \"viewer\", \"role\": \"view_only\"}],"
            + " \"orders\": [{\"status\": \"issued\", \"common_name\": \"seeded.example\"},"
            + " {\"status\": \"pending\", \"count\": 3}]}");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                FakeCertCentralMain.class.getName(),
                "--port",
                "0",
                "--api-key",
                "k1",
                "--seed",
                seed.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      Matcher ready = null;
      while ((line = out.readLine()) != null) {
        Matcher candidate = READY.matcher(line);
        if (candidate.find()) {
          ready = candidate;
          break;
        }
      }
      assertThat(ready).as("ready line").isNotNull();
      Http http = new Http(ready.group(1));

      Http.Response orders = http.get("/order/certificate", "viewer");
      assertThat(orders.status()).isEqualTo(200);
      assertThat(orders.body()).contains("seeded.example");
      assertThat(orders.json().get("page").toString()).contains("total=4");
      assertThat(http.get("/order/certificate", "k1").status()).isEqualTo(200);
      assertThat(http.get("/order/certificate", FakeCertCentral.DEFAULT_API_KEY).status())
          .isEqualTo(403);

      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isIn(0, 143);
    } finally {
      process.destroyForcibly();
    }
  }
}
