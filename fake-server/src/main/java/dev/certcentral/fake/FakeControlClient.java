package dev.certcentral.fake;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.RateLimitedException;
import dev.certcentral.core.domain.error.ServiceUnavailableException;
import dev.certcentral.core.domain.error.TransportException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import dev.certcentral.fake.internal.admin.DcvPolicyJson;
import dev.certcentral.fake.internal.admin.FaultJson;
import dev.certcentral.fake.internal.admin.KeySpecJson;
import dev.certcentral.fake.internal.admin.OrderSpecJson;
import dev.certcentral.fake.internal.control.AdminToken;
import dev.certcentral.fake.internal.http.DigiCertJson;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.MoshiJsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link FakeControl} of a fake in another process (the standalone jar, a container), over its
 * {@code /__fake} API with the JDK's HTTP client: the same calls as in-process, with the same
 * results.
 *
 * <pre>{@code
 * FakeControl fake = FakeControlClient.connect("http://127.0.0.1:8080").withAdminToken(token);
 * OrderId order = fake.givenOrder(OrderSpec.status(OrderStatus.ISSUED));
 * }</pre>
 *
 * <p>Immutable and thread-safe. A refusal by the fake is the {@link CertCentralException} its
 * status stands for; a fake that cannot be reached is a {@link TransportException}.
 */
public final class FakeControlClient implements FakeControl {

  private static final String CONTROL = "/__fake";
  private static final String API = "/services/v2";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final MoshiJsonMapper JSON = new MoshiJsonMapper();

  private final String root;
  private final Optional<String> adminToken;
  private final String apiKey;
  private final HttpClient http;

  private FakeControlClient(
      String root, Optional<String> adminToken, String apiKey, HttpClient http) {
    this.root = root;
    this.adminToken = adminToken;
    this.apiKey = apiKey;
    this.http = http;
  }

  /**
   * A client of the fake at this URL: its root ({@code http://127.0.0.1:8080}), the base URL its
   * ready line prints ({@code .../services/v2}) or its control API's ({@code .../__fake}). It
   * assumes the default key and no admin token until told otherwise.
   */
  public static FakeControlClient connect(String url) {
    String root = Objects.requireNonNull(url, "url").replaceAll("/+$", "");
    for (String suffix : List.of(API, CONTROL)) {
      if (root.endsWith(suffix)) {
        root = root.substring(0, root.length() - suffix.length());
      }
    }
    URI parsed = URI.create(root);
    if (parsed.getScheme() == null || parsed.getHost() == null) {
      throw new IllegalArgumentException("not an http URL: " + url);
    }
    return new FakeControlClient(
        root,
        Optional.empty(),
        FakeCertCentral.DEFAULT_API_KEY,
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
  }

  /** This client, sending the admin token the fake requires ({@code --admin-token}). */
  public FakeControlClient withAdminToken(String token) {
    return new FakeControlClient(root, Optional.of(AdminToken.of(token).value()), apiKey, http);
  }

  /** This client, naming the fake's administrator key ({@code --api-key}) as {@link #apiKey()}. */
  public FakeControlClient withApiKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("an API key must not be blank");
    }
    return new FakeControlClient(root, adminToken, key, http);
  }

  @Override
  public String baseUrl() {
    return root + API;
  }

  @Override
  public String apiKey() {
    return apiKey;
  }

  @Override
  public OrderId givenOrder(OrderSpec spec) {
    JsonBody created =
        call("POST", "/orders", DigiCertJson.bytes(out -> OrderSpecJson.write(out, spec)));
    return new OrderId(required(created.integer("id"), "id"));
  }

  @Override
  public String addKey(KeySpec spec) {
    String value = spec.value().orElseGet(() -> "key-" + UUID.randomUUID());
    call("POST", "/api-keys", DigiCertJson.bytes(out -> KeySpecJson.write(out, spec, value)));
    return value;
  }

  @Override
  public void inject(Fault fault) {
    call("POST", "/faults", DigiCertJson.bytes(out -> FaultJson.write(out, fault)));
  }

  @Override
  public List<Fault> faults() {
    List<Fault> faults = new ArrayList<>();
    for (JsonBody fault : required(call("GET", "/faults", null).objects("faults"), "faults")) {
      faults.add(FaultJson.read(fault));
    }
    return faults;
  }

  @Override
  public void clearFaults() {
    call("DELETE", "/faults", new byte[0]);
  }

  @Override
  public DcvPolicy dcvPolicy() {
    JsonBody answer = call("GET", "/dcv-policy", null);
    try {
      return DcvPolicyJson.read(answer);
    } catch (InvalidRequestException e) {
      // The fake wrote a policy it cannot read back: its answer is at fault, not this call.
      throw new UnexpectedResponseException("the fake's DCV policy is not one", "", e);
    }
  }

  @Override
  public void setDcvPolicy(DcvPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    call("PUT", "/dcv-policy", DigiCertJson.bytes(out -> DcvPolicyJson.write(out, policy)));
  }

  @Override
  public void dcvTokenInPlace(OrderId orderId, String dnsName) {
    call(
        "POST",
        "/orders/" + orderId.value() + "/dcv-tokens",
        DigiCertJson.bytes(out -> out.beginObject().name("dns_name").value(dnsName).endObject()));
  }

  @Override
  public X509CRL crl() {
    byte[] der = send("GET", "/ca/crl", null);
    try {
      return (X509CRL) x509().generateCRL(new ByteArrayInputStream(der));
    } catch (CRLException e) {
      throw new UnexpectedResponseException("the fake's CRL is not one", "", e);
    }
  }

  @Override
  public X509Certificate caRoot() {
    byte[] pem = send("GET", "/ca/root.pem", null);
    try {
      return (X509Certificate) x509().generateCertificate(new ByteArrayInputStream(pem));
    } catch (CertificateException e) {
      throw new UnexpectedResponseException(
          "the fake's root is not a certificate",
          FakeState.excerpt(new String(pem, StandardCharsets.US_ASCII)),
          e);
    }
  }

  private static CertificateFactory x509() {
    try {
      return CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw new IllegalStateException("every JDK reads X.509", e);
    }
  }

  @Override
  public Instant now() {
    return instant(call("GET", "/clock", null).string("now"), "now");
  }

  @Override
  public void setClock(Instant instant) {
    call(
        "POST",
        "/clock",
        DigiCertJson.bytes(
            out -> out.beginObject().name("set").value(instant.toString()).endObject()));
  }

  @Override
  public void advanceClock(Duration duration) {
    call(
        "POST",
        "/clock",
        DigiCertJson.bytes(
            out -> out.beginObject().name("advance").value(duration.toString()).endObject()));
  }

  @Override
  public List<RecordedCall> journal() {
    List<RecordedCall> calls = new ArrayList<>();
    for (JsonBody entry : required(call("GET", "/journal", null).objects("entries"), "entries")) {
      calls.add(
          new RecordedCall(
              instant(entry.string("time"), "time"),
              required(entry.string("method"), "method"),
              required(entry.string("path"), "path"),
              required(entry.integer("status"), "status").intValue(),
              required(entry.decimal("millis"), "millis").floatValue()));
    }
    return calls;
  }

  @Override
  public FakeState state() {
    return FakeState.parse(new String(send("GET", "/state", null), StandardCharsets.UTF_8));
  }

  @Override
  public void reset() {
    call("POST", "/reset", new byte[0]);
  }

  @Override
  public String toString() {
    return "FakeControlClient{" + root + (adminToken.isPresent() ? ", with admin token" : "") + "}";
  }

  /** A control call whose answer is a JSON object (or empty). */
  private JsonBody call(String method, String path, byte[] body) {
    byte[] answer = send(method, path, body);
    try {
      return JsonBody.parse(answer, JSON);
    } catch (CertCentralException e) {
      throw new UnexpectedResponseException(
          "the fake's answer to " + method + " " + path + " is not JSON",
          FakeState.excerpt(new String(answer, StandardCharsets.UTF_8)),
          e);
    }
  }

  /**
   * Sends a control call: JSON with the token if there is one, a body ({@code null} for none) for
   * writes. Returns the body of a 2xx answer.
   */
  private byte[] send(String method, String path, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + CONTROL + path))
            .timeout(TIMEOUT)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    adminToken.ifPresent(token -> request.header(AdminToken.HEADER, token));
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new TransportException(
          "the fake at " + root + " could not be reached: " + e, 0, List.of(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted calling the fake at " + root, 0, List.of(), e);
    }
    if (response.statusCode() / 100 != 2) {
      throw refusal(method, path, response.statusCode(), response.body());
    }
    return response.body();
  }

  /** The fake's refusal as the exception its status stands for, with its DigiCert errors. */
  private static CertCentralException refusal(String method, String path, int status, byte[] body) {
    List<DigiCertError> errors = new ArrayList<>();
    try {
      for (JsonBody error : JsonBody.parse(body, JSON).objects("errors").orElse(List.of())) {
        errors.add(
            new DigiCertError(error.string("code").orElse(""), error.string("message").orElse("")));
      }
    } catch (CertCentralException e) {
      return new UnexpectedResponseException(
          "the fake refused " + method + " " + path,
          status,
          FakeState.excerpt(new String(body, StandardCharsets.UTF_8)),
          e);
    }
    String message =
        "the fake refused "
            + method
            + " "
            + CONTROL
            + path
            + " with "
            + status
            + (errors.isEmpty() ? "" : ": " + errors.get(0).message());
    return switch (status) {
      case 400, 413, 415 -> new InvalidRequestException(message, status, errors, null);
      case 403 -> new AccessDeniedException(message, status, errors, null);
      case 404 -> new NotFoundException(message, status, errors, null);
      case 429 -> new RateLimitedException(message, status, errors, null);
      default ->
          status >= 500
              ? new ServiceUnavailableException(message, status, errors, null)
              : new CertCentralException(message, status, errors, null);
    };
  }

  private static <T> T required(Optional<T> value, String field) {
    return value.orElseThrow(
        () -> new UnexpectedResponseException("the fake's answer lacks '" + field + "'", "", null));
  }

  private static Instant instant(Optional<String> text, String field) {
    try {
      return OffsetDateTime.parse(required(text, field)).toInstant();
    } catch (DateTimeParseException e) {
      throw new UnexpectedResponseException(
          "the fake's '" + field + "' is not ISO 8601", text.orElse(""), e);
    }
  }
}
