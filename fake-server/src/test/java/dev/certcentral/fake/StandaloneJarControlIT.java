package dev.certcentral.fake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The control API's shared test against the standalone jar {@code package} built, started once for
 * the class as a real process that requires an admin token, and controlled over {@code /__fake} by
 * {@link FakeControlClient}. Run by Failsafe, after the jar exists.
 */
class StandaloneJarControlIT extends FakeControlContract {

  private static final String TOKEN = "control-test-token";

  private static Path dir;
  private static StandaloneFake process;
  private static FakeControl control;

  @BeforeAll
  static void start() throws IOException {
    dir = Files.createTempDirectory("fake-control-it");
    process =
        StandaloneFake.startJar(
            dir,
            Path.of(System.getProperty("fake.jar", "target/certcentral-fake-server.jar")),
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"),
            List.of("--port", "0", "--admin-token", TOKEN));
    control = FakeControlClient.connect(process.printedRoot()).withAdminToken(TOKEN);
  }

  @AfterAll
  static void stop() throws IOException {
    process.close();
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @Override
  protected FakeControl control() {
    return control;
  }
}
