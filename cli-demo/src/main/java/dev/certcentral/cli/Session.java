package dev.certcentral.cli;

import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.http.CertCentralClient;
import dev.certcentral.http.Region;
import dev.certcentral.http.RetryPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ParameterException;

/**
 * The client one command runs with: the real CertCentral when a key is given, else an embedded fake
 * loaded with demo orders (and a note on stderr saying so).
 */
final class Session implements AutoCloseable {

  private final CertCentralClient client;
  private final Optional<FakeCertCentral> embedded;

  private Session(CertCentralClient client, Optional<FakeCertCentral> embedded) {
    this.client = client;
    this.embedded = embedded;
  }

  /** Opens a session from the options and the environment; never prints the key. */
  static Session open(GlobalOptions options, Map<String, String> env, PrintWriter err) {
    Optional<String> key = apiKey(options, env);
    Optional<String> baseUrl =
        Optional.ofNullable(options.baseUrl)
            .or(() -> Optional.ofNullable(env.get(CertCentralClient.BASE_URL_VARIABLE)))
            .filter(url -> !url.isBlank());
    if (key.isEmpty() && baseUrl.isEmpty() && options.region == null) {
      return embedded(options, err);
    }
    if (key.isEmpty()) {
      throw new ParameterException(
          options.spec.commandLine(),
          "an API key is required: set DIGICERT_API_KEY or pass --api-key-file");
    }
    CertCentralClient.Builder builder = builder(options).apiKey(key.get());
    if (baseUrl.isPresent()) {
      builder.baseUrl(baseUrl.get());
    } else {
      builder.region(options.region == null ? Region.US : options.region);
    }
    return new Session(build(builder, options), Optional.empty());
  }

  /** A session on a fresh embedded fake, whatever the options say about keys and URLs. */
  /** The fake this session started, empty when it talks to a CertCentral given by URL. */
  Optional<FakeCertCentral> embedded() {
    return embedded;
  }

  static Session embedded(GlobalOptions options, PrintWriter err) {
    FakeCertCentral fake = FakeCertCentral.start();
    DemoData.load(fake);
    err.println(
        "note: no DIGICERT_API_KEY given: using an embedded fake CertCentral at "
            + fake.baseUrl()
            + " with demo orders; its state lasts for this command only");
    err.flush();
    CertCentralClient client =
        build(builder(options).apiKey(fake.apiKey()).baseUrl(fake.baseUrl()), options);
    return new Session(client, Optional.of(fake));
  }

  private static CertCentralClient.Builder builder(GlobalOptions options) {
    RetryPolicy defaults = RetryPolicy.defaults();
    RetryPolicy retries =
        options.retries == 0
            ? RetryPolicy.none()
            : new RetryPolicy(
                options.retries + 1,
                defaults.initialBackoff(),
                defaults.maxBackoff(),
                defaults.maxElapsed(),
                defaults.jitter());
    return CertCentralClient.builder().retryPolicy(retries).clientRateLimit(true);
  }

  private static CertCentralClient build(CertCentralClient.Builder builder, GlobalOptions options) {
    try {
      return builder.attemptTimeout(Duration.ofSeconds(30)).build();
    } catch (IllegalStateException e) {
      throw new ParameterException(options.spec.commandLine(), e.getMessage());
    }
  }

  private static Optional<String> apiKey(GlobalOptions options, Map<String, String> env) {
    if (options.apiKeyFile != null) {
      try {
        String key = Files.readString(options.apiKeyFile, StandardCharsets.UTF_8).trim();
        if (key.isEmpty()) {
          throw new ParameterException(options.spec.commandLine(), "the API key file is empty");
        }
        return Optional.of(key);
      } catch (IOException e) {
        throw new ParameterException(
            options.spec.commandLine(), "cannot read the API key file " + options.apiKeyFile);
      }
    }
    return Optional.ofNullable(env.get(CertCentralClient.API_KEY_VARIABLE))
        .map(String::trim)
        .filter(k -> !k.isEmpty());
  }

  CertCentralClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    embedded.ifPresent(FakeCertCentral::close);
  }
}
