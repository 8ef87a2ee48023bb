package dev.certcentral.fake;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The standalone fake: {@code java -jar certcentral-fake-server.jar [options]}. */
@Command(
    name = "certcentral-fake-server",
    mixinStandardHelpOptions = true,
    version = "certcentral-fake-server 0.1.0",
    description = "A stateful fake DigiCert CertCentral for tests.")
public final class FakeCertCentralMain implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one.")
  private int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind.")
  private String host;

  @Option(
      names = "--api-key",
      description =
          "An administrator key (repeatable; default " + FakeCertCentral.DEFAULT_API_KEY + ").")
  private List<String> apiKeys = new ArrayList<>();

  @Option(names = "--seed", description = "A JSON file of keys and orders to load.")
  private Path seed;

  @Option(names = "--rate-limits", description = "Enforce DigiCert's per-key rate limits.")
  private boolean rateLimits;

  @Option(
      names = "--journal-size",
      defaultValue = "1000",
      description = "How many requests the journal keeps.")
  private int journalSize;

  /** Runs the fake until the process is told to stop. */
  public static void main(String[] args) {
    // Jetty and Javalin narrate their start at INFO; the one ready line is what scripts wait for.
    defaultProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    defaultProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
    // Before the warmer, which loads Jetty.
    JettyPadding.presetWithoutJmx();
    StartupWarmer.start();
    int exit = new CommandLine(new FakeCertCentralMain()).execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  private static void defaultProperty(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  @Override
  public Integer call() throws Exception {
    FakeCertCentral.Builder builder =
        FakeCertCentral.builder()
            .host(host)
            .port(port)
            .rateLimits(rateLimits)
            .journalCapacity(journalSize);
    apiKeys.forEach(builder::apiKey);
    FakeCertCentral fake = builder.build();
    if (seed != null) {
      // Before the server starts: no call may see a half-loaded seed.
      SeedFile.load(seed, fake);
    }
    fake.startServer();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  fake.close();
                  stopped.countDown();
                },
                "fake-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("CertCentral fake listening on " + fake.baseUrl());
    out.flush();
    stopped.await();
    return 0;
  }
}
