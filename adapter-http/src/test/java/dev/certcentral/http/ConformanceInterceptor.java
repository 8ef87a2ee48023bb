package dev.certcentral.http;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.openapi.check.Exchange;
import dev.certcentral.openapi.check.MismatchLog;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.GzipSource;
import okio.Okio;

/**
 * An OkHttp network interceptor that checks each request the client sends and each answer it gets
 * against the description. A network interceptor sees the request as sent (with the key the client
 * adds) and the answer before OkHttp unzips it, so it unzips a gzip body itself.
 */
final class ConformanceInterceptor implements Interceptor {

  private final MismatchLog log = MismatchLog.certCentral();
  private final Set<String> beyondDescription = ConcurrentHashMap.newKeySet();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (beyondDescription.contains(request.method() + " " + request.url().encodedPath())) {
      return response;
    }
    byte[] body = response.peekBody(Long.MAX_VALUE).bytes();
    if ("gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
      body = Okio.buffer(new GzipSource(new Buffer().write(body))).readByteArray();
    }
    log.check(exchange(request).answer(response.code(), headers(response.headers()), body).build());
    return response;
  }

  /**
   * Leaves exchanges with this method and path unchecked: only for a call the description has, by
   * design, no operation for (such as placing an order for a product it does not name).
   */
  void beyondDescription(String method, String encodedPath) {
    beyondDescription.add(method + " " + encodedPath);
  }

  /**
   * A client to {@code baseUrl} whose every exchange this interceptor checks. Retries pause on a
   * manual clock: a wrongly repeated call shows at once, never as a wait.
   */
  CertCentralClient client(String apiKey, String baseUrl) {
    ManualTime time = new ManualTime();
    return CertCentralClient.builder()
        .apiKey(apiKey)
        .baseUrl(baseUrl)
        .okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(this).build())
        .clock(time)
        .sleeper(time)
        .build();
  }

  /** Fails if any exchange differed from the description; call it when the test ends. */
  void assertConforming() {
    log.assertNone();
  }

  /** How many exchanges were checked. */
  int checked() {
    return log.checked();
  }

  private static Exchange.Builder exchange(Request request) throws IOException {
    HttpUrl url = request.url();
    Exchange.Builder exchange = Exchange.request(request.method(), url.encodedPath());
    for (String name : url.queryParameterNames()) {
      for (String value : url.queryParameterValues(name)) {
        exchange.query(name, value == null ? "" : value);
      }
    }
    headers(request.headers())
        .forEach((name, values) -> values.forEach(v -> exchange.header(name, v)));
    if (request.body() != null) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      exchange.body(body.readByteArray());
    }
    return exchange;
  }

  private static Map<String, List<String>> headers(Headers headers) {
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : headers.names()) {
      byName.put(name, headers.values(name));
    }
    return byName;
  }
}
