package dev.certcentral.fake;

import com.squareup.moshi.Moshi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small JDK HTTP client for the route tests (the fake must not depend on OkHttp). */
public final class Http {

  /**
   * One answer: status, headers, the raw bytes, the body as text, and the body parsed as JSON when
   * it is JSON.
   */
  public record Response(int status, Map<String, List<String>> headers, byte[] bytes) {

    /** The body as UTF-8 text. */
    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The first value of a header, or an empty string. */
    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of("")).get(0);
    }

    /** The body as a JSON object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
      try {
        return (Map<String, Object>) MOSHI.adapter(Object.class).fromJson(body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The first error code of a DigiCert error body. */
    @SuppressWarnings("unchecked")
    public String errorCode() {
      List<Map<String, Object>> errors = (List<Map<String, Object>>) json().get("errors");
      return (String) errors.get(0).get("code");
    }
  }

  /** A JSON value known to be an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String root;
  private final Optional<String> adminToken;
  private final Conformance conformance;

  /** A client for the fake at this root URL ({@code http://127.0.0.1:port}). */
  public Http(String root) {
    this(root, Optional.empty());
  }

  /** A client that sends the admin token with every call to the admin API. */
  public Http(String root, Optional<String> adminToken) {
    this(root, adminToken, Conformance.ANSWER);
  }

  private Http(String root, Optional<String> adminToken, Conformance conformance) {
    this.root = root;
    this.adminToken = adminToken;
    this.conformance = conformance;
  }

  /**
   * A client for a running fake, sending its admin token if it has one. Every answer of the
   * CertCentral API it gets must be one openapi/certcentral.yaml allows, whatever was asked.
   */
  public static Http of(FakeCertCentral fake) {
    return new Http("http://127.0.0.1:" + fake.port(), fake.adminToken());
  }

  /**
   * A client for a running fake whose requests to the CertCentral API must match the description
   * too, for tests that mean to send what DigiCert documents.
   */
  public static Http conforming(FakeCertCentral fake) {
    return new Http("http://127.0.0.1:" + fake.port(), fake.adminToken(), Conformance.EXCHANGE);
  }

  /** This client with another check of its exchanges. */
  public Http checking(Conformance check) {
    return new Http(root, adminToken, check);
  }

  /** Sends a request; {@code key} may be null (no header), {@code body} null for none. */
  public Response send(String method, String path, String key, String body) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return send(
        method, path, key, publisher, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a body of unknown length (chunked, no Content-Length) with the default key. */
  public Response sendChunked(String method, String path, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        method,
        path,
        FakeCertCentral.DEFAULT_API_KEY,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
        bytes);
  }

  /** Sends raw bytes (null for no body) with exactly these headers. */
  public Response send(String method, String path, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request, body);
  }

  private Response send(
      String method, String path, String key, HttpRequest.BodyPublisher body, byte[] json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, body);
    if (key != null) {
      request.header("X-DC-DEVKEY", key);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request, json);
  }

  private Response send(HttpRequest.Builder builder, byte[] body) {
    try {
      HttpRequest request = builder.build();
      HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      Response answer =
          new Response(response.statusCode(), response.headers().map(), response.body());
      conformance.check(request, body == null ? new byte[0] : body, answer);
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET of a path outside the API, such as the CRL, with no key. */
  public Response getOpen(String path) {
    return send("GET", path, Map.of(), null);
  }

  /** GET under {@code /services/v2}. */
  public Response get(String apiPath, String key) {
    return send("GET", "/services/v2" + apiPath, key, null);
  }

  /** POST under {@code /services/v2}. */
  public Response post(String apiPath, String key, String body) {
    return send("POST", "/services/v2" + apiPath, key, body);
  }

  /** PUT under {@code /services/v2}. */
  public Response put(String apiPath, String key, String body) {
    return send("PUT", "/services/v2" + apiPath, key, body);
  }

  /** A call to the admin API as a control client makes it: JSON, with the token if there is one. */
  public Response admin(String method, String adminPath, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (!"GET".equals(method)) {
      headers.put("Content-Type", "application/json");
    }
    adminToken.ifPresent(token -> headers.put(FakeCertCentral.ADMIN_TOKEN_HEADER, token));
    return send(
        method,
        "/__fake" + adminPath,
        headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }
}
