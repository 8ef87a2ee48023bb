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

  /** One answer: status, raw body, and the body parsed as JSON when it is JSON. */
  public record Response(int status, String body) {

    /** The body as a JSON object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
      try {
        return (Map<String, Object>) MOSHI.adapter(Object.class).fromJson(body);
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

  /** A client for the fake at this root URL ({@code http://127.0.0.1:port}). */
  public Http(String root) {
    this(root, Optional.empty());
  }

  /** A client that sends the admin token with every call to the admin API. */
  public Http(String root, Optional<String> adminToken) {
    this.root = root;
    this.adminToken = adminToken;
  }

  /** A client for a running fake, sending its admin token if it has one. */
  public static Http of(FakeCertCentral fake) {
    return new Http("http://127.0.0.1:" + fake.port(), fake.adminToken());
  }

  /** Sends a request; {@code key} may be null (no header), {@code body} null for none. */
  public Response send(String method, String path, String key, String body) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return send(method, path, key, publisher, body != null);
  }

  /** Sends a body of unknown length (chunked, no Content-Length) with the default key. */
  public Response sendChunked(String method, String path, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        method,
        path,
        FakeCertCentral.DEFAULT_API_KEY,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
        true);
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
    return send(request);
  }

  private Response send(
      String method, String path, String key, HttpRequest.BodyPublisher body, boolean json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, body);
    if (key != null) {
      request.header("X-DC-DEVKEY", key);
    }
    if (json) {
      request.header("Content-Type", "application/json");
    }
    return send(request);
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET under {@code /services/v2}. */
  public Response get(String apiPath, String key) {
    return send("GET", "/services/v2" + apiPath, key, null);
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
