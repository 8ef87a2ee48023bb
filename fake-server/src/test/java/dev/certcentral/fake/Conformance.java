package dev.certcentral.fake;

import dev.certcentral.openapi.check.ApiDescription;
import dev.certcentral.openapi.check.Exchange;
import dev.certcentral.openapi.check.Mismatch;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How the route tests check an exchange with the fake's CertCentral API against
 * openapi/certcentral.yaml, as it goes over the wire. Calls outside {@code /services/v2} (the
 * control API, the CRL) are not described there and are never checked.
 */
public enum Conformance {

  /** Nothing is checked: tests of the fake's own plumbing (faults, raw protocol). */
  NONE,

  /**
   * The answer must be one the description allows, whatever the request: hostile or malformed
   * requests, which the description does not allow, still get a described answer.
   */
  ANSWER,

  /** The request and the answer must both match: calls made as DigiCert documents them. */
  EXCHANGE;

  /**
   * Checks one exchange.
   *
   * @throws AssertionError naming the operation and the JSON pointer of each difference
   */
  void check(HttpRequest request, byte[] body, Http.Response answer) {
    URI uri = request.uri();
    if (this == NONE || !uri.getRawPath().startsWith("/services/v2/")) {
      return;
    }
    Exchange.Builder exchange = Exchange.request(request.method(), uri.getRawPath());
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        exchange.query(
            decode(eq < 0 ? pair : pair.substring(0, eq)),
            eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    request
        .headers()
        .map()
        .forEach((name, values) -> values.forEach(v -> exchange.header(name, v)));
    exchange.body(body).answer(answer.status(), answer.headers(), answer.bytes());
    Exchange built = exchange.build();
    List<Mismatch> found =
        ApiDescription.certCentral().check(built).stream()
            .filter(m -> this == EXCHANGE || m.side().equals("response"))
            .toList();
    if (!found.isEmpty()) {
      throw new AssertionError(
          built
              + " does not match openapi/certcentral.yaml:\n  "
              + String.join("\n  ", found.stream().map(Mismatch::toString).toList())
              + "\n  answer: "
              + excerpt(answer));
    }
  }

  private static String excerpt(Http.Response answer) {
    String body = answer.body();
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
