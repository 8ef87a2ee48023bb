package dev.certcentral.fake;

import dev.certcentral.fake.internal.ListenAddress;
import dev.certcentral.fake.internal.http.Api;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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
final class FakeCertCentralMain implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one.")
  private int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to bind. Beyond loopback the admin API requires a token (--admin-token, or one"
              + " generated and printed on stderr).")
  private String host;

  @Option(
      names = "--admin-token",
      defaultValue = "${env:CERTCENTRAL_FAKE_ADMIN_TOKEN}",
      description =
          "The token the admin API requires in the X-Fake-Admin-Token header, even on loopback"
              + " (default: $CERTCENTRAL_FAKE_ADMIN_TOKEN, which keeps it out of the process list).")
  private String adminToken;

  @Option(
      names = "--allowed-host",
      description =
          "Another Host name to answer to (repeatable); address literals, localhost and --host"
              + " always are. Other names are refused, against DNS rebinding.")
  private List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--shutdown-grace",
      defaultValue = "5",
      description = "Seconds calls in flight may take to finish after SIGTERM (default 5).")
  private double shutdownGraceSeconds;

  @Option(
      names = "--api-key",
      description =
          "An administrator key (repeatable; default " + FakeCertCentral.DEFAULT_API_KEY + ").")
  private List<String> apiKeys = new ArrayList<>();

  @Option(
      names = {"--preload", "--seed"},
      description =
          "A JSON file of keys and orders to start with (the initial state; kept by a reset only"
              + " for its keys). --seed is its old name, kept working.")
  private Path preload;

  @Option(names = "--rate-limits", description = "Enforce DigiCert's per-key rate limits.")
  private boolean rateLimits;

  @Option(
      names = "--dcv-policy",
      defaultValue = "${env:CERTCENTRAL_FAKE_DCV_POLICY:-instant}",
      converter = DcvPolicyOption.class,
      description =
          "How domains pass DCV without a token placed through the control API, from the start and"
              + " after every reset: "
              + DcvPolicyOption.FORMS
              + ", delays on the fake's clock (default: $CERTCENTRAL_FAKE_DCV_POLICY, else"
              + " instant).")
  private DcvPolicy dcvPolicy;

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
            .dcvPolicy(dcvPolicy)
            .journalCapacity(journalSize);
    apiKeys.forEach(builder::apiKey);
    allowedHosts.forEach(builder::allowedHost);
    builder.shutdownGrace(Duration.ofMillis(Math.round(shutdownGraceSeconds * 1000)));
    boolean tokenGiven = adminToken != null && !adminToken.isBlank();
    if (tokenGiven) {
      builder.adminToken(adminToken);
    }
    FakeCertCentral fake = builder.build();
    if (preload != null) {
      // Before the server starts: no call may see a half-loaded initial state.
      PreloadFile.load(preload, fake.control());
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
    // On stderr, once: the ready line on stdout is what scripts parse and logs keep.
    PrintWriter err = spec.commandLine().getErr();
    if (!tokenGiven && fake.adminToken().isPresent()) {
      err.println(
          "Bound beyond loopback: the admin API needs this token, send it as "
              + FakeCertCentral.ADMIN_TOKEN_HEADER
              + ": "
              + fake.adminToken().get());
    }
    if (!ListenAddress.isLoopback(host) && apiKeys.isEmpty()) {
      err.println(
          "Bound beyond loopback with the public default key "
              + FakeCertCentral.DEFAULT_API_KEY
              + ": give your own with --api-key.");
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println("CertCentral fake listening on " + fake.listenUrl() + Api.BASE);
    out.flush();
    stopped.await();
    return 0;
  }
}
