package dev.certcentral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Fault;
import dev.certcentral.fake.HttpMethod;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys, URLs and the failure exit codes, against a fake started here like a real service. */
class ConnectionTest {

  private FakeCertCentral fake;
  private OrderId issued;

  @BeforeEach
  void start() {
    fake = FakeCertCentral.start();
    issued = fake.givenOrder(OrderStatus.ISSUED);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Map<String, String> env(String key) {
    return Map.of("DIGICERT_API_KEY", key, "DIGICERT_BASE_URL", fake.baseUrl());
  }

  @Test
  void theEnvironmentPointsAtAService() {
    Run run = Run.of(env(fake.apiKey()), "orders", "show", issued.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("embedded");
    assertThat(run.out()).contains(issued.toString()).contains("issued");
  }

  @Test
  void aKeyFileAndBaseUrlOptionWorkToo(@TempDir Path dir) throws Exception {
    Path keyFile = dir.resolve("key");
    Files.writeString(keyFile, fake.apiKey() + "\n");

    Run run =
        Run.of(
            "orders",
            "show",
            issued.toString(),
            "--api-key-file",
            keyFile.toString(),
            "--base-url",
            fake.baseUrl());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("issued");
  }

  @Test
  void aWrongKeyIsAccessDeniedAndNeverPrinted() {
    Run run = Run.of(env("wrong-secret-key"), "orders", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
    assertThat(run.err()).contains("access_denied|access_denied_invalid_key");
    assertThat(run.out() + run.err()).doesNotContain("wrong-secret-key");
  }

  @Test
  void aBaseUrlWithoutAKeyIsAUsageError() {
    Run run = Run.of("orders", "list", "--base-url", fake.baseUrl());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("API key is required");
  }

  @Test
  void rateLimitingHasItsOwnExitCode() {
    fake.inject(Fault.status(429).on(HttpMethod.GET).times(5));

    Run run = Run.of(env(fake.apiKey()), "orders", "list", "--retries", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.RATE_LIMITED);
    assertThat(run.err()).contains("request_limit_exceeded");
  }

  @Test
  void anUnreachableServiceIsUnavailable() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }

    Run run =
        Run.of(
            Map.of(
                "DIGICERT_API_KEY",
                "k",
                "DIGICERT_BASE_URL",
                "http://127.0.0.1:" + closed + "/services/v2"),
            "orders",
            "list",
            "--retries",
            "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
  }

  @Test
  void theDemoNeverTouchesTheConfiguredService() {
    Run run = Run.of(env(fake.apiKey()), "demo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("embedded fake");
    assertThat(fake.journal()).isEmpty();
  }
}
