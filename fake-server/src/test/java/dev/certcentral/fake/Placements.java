package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.certcentral.fake.internal.ca.Csrs;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders placed over HTTP as a user's automation places them, for the route tests of placement,
 * DCV, downloads and reissue: DigiCert's body
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html) with a
 * real CSR, and the calls that move an order on.
 */
public final class Placements {

  /** One key pair for every CSR: EC P-256, quick to make, and any key the CA takes will do. */
  private static final KeyPair KEYS = Csrs.ec("secp256r1");

  private static final Moshi MOSHI = new Moshi.Builder().build();

  private Placements() {}

  /** A CSR for the names, made with the shared key. */
  public static String csr(String commonName, List<String> dnsNames) {
    return Csrs.pem(KEYS, commonName, dnsNames);
  }

  /**
   * DigiCert's order body for an OV product: the certificate with a matching CSR, the default
   * organization and one year. Mutable, so a test can change one part.
   */
  public static Map<String, Object> order(String commonName, List<String> dnsNames) {
    Map<String, Object> certificate = new LinkedHashMap<>();
    certificate.put("common_name", commonName);
    certificate.put("dns_names", dnsNames);
    certificate.put("csr", csr(commonName, dnsNames));
    certificate.put("signature_hash", "sha256");
    certificate.put("server_platform", Map.of("id", 2));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("certificate", certificate);
    body.put("organization", Map.of("id", OrderSpec.DEFAULT_ORGANIZATION.id()));
    body.put("order_validity", Map.of("years", 1));
    body.put("comments", "placed by a route test");
    body.put("dcv_method", "dns-txt-token");
    return body;
  }

  /** The body as JSON text. */
  public static String json(Map<String, Object> body) {
    return MOSHI.adapter(Object.class).toJson(body);
  }

  /** The {@code certificate} object of a body, to change. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> certificate(Map<String, Object> body) {
    return (Map<String, Object>) body.get("certificate");
  }

  /** {@code POST /order/certificate/{product}} with the fake's key. */
  public static Http.Response place(
      Http http, FakeCertCentral fake, String product, Map<String, Object> body) {
    return http.post("/order/certificate/" + product, fake.apiKey(), json(body));
  }

  /** Places an {@code ssl_basic} order that waits for approval; returns the 201's JSON. */
  public static Map<String, Object> placed(Http http, FakeCertCentral fake, String commonName) {
    Http.Response response =
        place(http, fake, "ssl_basic", order(commonName, List.of(commonName, "www." + commonName)));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  /** The id of the first request of a 201's JSON. */
  public static long requestId(Map<String, Object> submitted) {
    return id(Http.object(((List<?>) submitted.get("requests")).get(0)).get("id"));
  }

  /** An id read from JSON, where Moshi gives numbers as doubles. */
  public static long id(Object value) {
    return ((Number) value).longValue();
  }

  /** {@code PUT /request/{id}/status} with {@code approved} or {@code rejected}. */
  public static Http.Response decide(
      Http http, FakeCertCentral fake, long requestId, String status) {
    return http.put(
        "/request/" + requestId + "/status",
        fake.apiKey(),
        "{\"status\": \"" + status + "\", \"processor_comment\": \"route test\"}");
  }

  /** Places and approves an order; under the default instant DCV policy it is issued. */
  public static long issued(Http http, FakeCertCentral fake, String commonName) {
    Map<String, Object> submitted = placed(http, fake, commonName);
    assertThat(decide(http, fake, requestId(submitted), "approved").status()).isEqualTo(204);
    return id(submitted.get("id"));
  }

  /** Asks to revoke the order and approves the revoke request: the order ends revoked. */
  public static void revoked(Http http, FakeCertCentral fake, long orderId) {
    Http.Response asked =
        http.put(
            "/order/certificate/" + orderId + "/revoke",
            fake.apiKey(),
            "{\"comments\": \"revoked by a route test\"}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(decide(http, fake, id(asked.json().get("id")), "approved").status()).isEqualTo(204);
  }

  /** Order info's JSON. */
  public static Map<String, Object> order(Http http, FakeCertCentral fake, long orderId) {
    Http.Response response = http.get("/order/certificate/" + orderId, fake.apiKey());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
