package dev.certcentral.fake.internal.placement;

import static dev.certcentral.fake.Placements.certificate;
import static dev.certcentral.fake.Placements.decide;
import static dev.certcentral.fake.Placements.id;
import static dev.certcentral.fake.Placements.order;
import static dev.certcentral.fake.Placements.place;
import static dev.certcentral.fake.Placements.placed;
import static dev.certcentral.fake.Placements.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.fake.Conformance;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.Placements;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Placing an order over HTTP
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html): the 201,
 * the wait for approval, approval and rejection, and every refusal in DigiCert's error format.
 */
@ExtendWith(FakeCertCentralExtension.class)
class PlacementRoutesTest {

  @ParameterizedTest
  @ValueSource(strings = {"ssl_basic", "ssl_securesite_flex", "ssl_ev_basic", "ssl_plus"})
  void everyProductTakesAnOrderAndAnswers201WithTheOrderAndItsRequest(
      String product, FakeCertCentral fake) {
    Http http = Http.conforming(fake);

    Http.Response response =
        place(http, fake, product, order("shop.example.com", List.of("shop.example.com")));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    Map<String, Object> json = response.json();
    assertThat(json).containsOnlyKeys("id", "requests");
    List<?> requests = (List<?>) json.get("requests");
    assertThat(requests).hasSize(1);
    assertThat(Http.object(requests.get(0))).containsOnlyKeys("id", "status");
    assertThat(Placements.order(http, fake, id(json.get("id"))))
        .containsEntry("product_name_id", product);
  }

  @Test
  void withoutSkipApprovalTheOrderWaitsInNeedsApprovalOnANewRequest(FakeCertCentral fake) {
    Http http = Http.conforming(fake);

    Map<String, Object> submitted = placed(http, fake, "wait.example.com");

    Map<String, Object> order = Placements.order(http, fake, id(submitted.get("id")));
    assertThat(order).containsEntry("status", "needs_approval");
    Map<String, Object> request =
        http.get("/request/" + requestId(submitted), fake.apiKey()).json();
    assertThat(request).containsEntry("type", "new_request");
    assertThat(request.get("status")).isIn("submitted", "pending");
    assertThat(Http.object(order.get("certificate"))).doesNotContainKey("serial_number");
  }

  @Test
  void approvalUnderTheInstantPolicyIssuesTheOrderWithCertificateFields(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    Map<String, Object> submitted = placed(http, fake, "issue.example.com");

    Http.Response approved = decide(http, fake, requestId(submitted), "approved");

    assertThat(approved.status()).isEqualTo(204);
    Map<String, Object> order = Placements.order(http, fake, id(submitted.get("id")));
    assertThat(order).containsEntry("status", "issued");
    Map<String, Object> certificate = Http.object(order.get("certificate"));
    assertThat(certificate)
        .containsKeys(
            "id",
            "serial_number",
            "thumbprint",
            "date_issued",
            "valid_from",
            "valid_till",
            "days_remaining");
    assertThat((String) certificate.get("serial_number")).matches("[0-9A-Fa-f]+");
    LocalDate from = LocalDate.parse((String) certificate.get("valid_from"));
    LocalDate till = LocalDate.parse((String) certificate.get("valid_till"));
    assertThat(till).isAfter(from).isBeforeOrEqualTo(from.plusDays(397));
    assertThat(certificate.get("dns_names"))
        .isEqualTo(List.of("issue.example.com", "www.issue.example.com"));
  }

  @Test
  void skipApprovalUnderTheInstantPolicyIssuesInThePlacementItself(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    Map<String, Object> body = order("now.example.com", List.of("now.example.com"));
    body.put("skip_approval", true);

    Http.Response response = place(http, fake, "ssl_basic", body);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    Map<String, Object> json = response.json();
    assertThat(json).containsKeys("certificate_id", "certificate_chain");
    assertThat((List<?>) json.get("certificate_chain")).hasSize(3);
    Map<String, Object> order = Placements.order(http, fake, id(json.get("id")));
    assertThat(order).containsEntry("status", "issued");
    assertThat(Http.object(order.get("certificate")).get("id"))
        .isEqualTo(json.get("certificate_id"));
  }

  @Test
  void rejectionEndsTheOrder(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    Map<String, Object> submitted = placed(http, fake, "no.example.com");

    assertThat(decide(http, fake, requestId(submitted), "rejected").status()).isEqualTo(204);

    long orderId = id(submitted.get("id"));
    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "rejected");
    Http.Response again = decide(http, fake, requestId(submitted), "approved");
    assertThat(again.status()).isEqualTo(400);
    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "rejected");
  }

  @Test
  void anUnknownProductIs404NotFoundProductWhateverTheBody(FakeCertCentral fake) {
    // The description has one path per product, so an unknown one matches no operation there:
    // only the error format is checked, here.
    Http http = Http.of(fake).checking(Conformance.NONE);

    Http.Response unknown =
        place(http, fake, "ssl_nonesuch", order("a.example.com", List.of("a.example.com")));
    Http.Response garbage =
        http.post("/order/certificate/ssl_nonesuch", fake.apiKey(), "not json at all");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorCode()).isEqualTo("not_found|product");
    assertThat(garbage.status()).isEqualTo(404);
    assertThat(garbage.errorCode()).isEqualTo("not_found|product");
  }

  @Test
  void withoutAKeyThePlacementIsRefused403(FakeCertCentral fake) {
    Http.Response response =
        Http.of(fake)
            .post(
                "/order/certificate/ssl_basic",
                null,
                Placements.json(order("k.example.com", List.of())));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.errorCode()).isEqualTo("access_denied|access_denied_invalid_key");
  }

  @Test
  void aMissingCertificateOrCsrIsA400MissingParam(FakeCertCentral fake) {
    Http http = Http.of(fake);
    Map<String, Object> noCertificate = order("m.example.com", List.of());
    noCertificate.remove("certificate");
    Map<String, Object> noCsr = order("m.example.com", List.of());
    certificate(noCsr).remove("csr");
    Map<String, Object> noOrganization = order("m.example.com", List.of());
    noOrganization.remove("organization");

    for (Map<String, Object> body : List.of(noCertificate, noCsr, noOrganization)) {
      Http.Response response = place(http, fake, "ssl_basic", body);
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.errorCode()).as(response.body()).isEqualTo("missing_param");
    }
    assertThat(listed(http, fake)).isZero();
  }

  @Test
  void aCsrThatDoesNotParseIsA400CsrInvalidCannotParse(FakeCertCentral fake) {
    Map<String, Object> body = order("p.example.com", List.of());
    certificate(body)
        .put("csr", "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----");

    Http.Response response = place(Http.of(fake), fake, "ssl_basic", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("csr_invalid_cannot_parse");
  }

  @Test
  void aCsrForOtherNamesIsA400InTheCsrInvalidFamily(FakeCertCentral fake) {
    Http http = Http.of(fake);
    Map<String, Object> otherCn = order("right.example.com", List.of("right.example.com"));
    certificate(otherCn).put("csr", Placements.csr("wrong.example.com", List.of()));
    Map<String, Object> otherSan = order("right.example.com", List.of("right.example.com"));
    certificate(otherSan)
        .put("csr", Placements.csr("right.example.com", List.of("evil.example.net")));

    Http.Response cn = place(http, fake, "ssl_basic", otherCn);
    Http.Response san = place(http, fake, "ssl_basic", otherSan);

    assertThat(cn.status()).isEqualTo(400);
    assertThat(cn.errorCode()).isEqualTo("csr_invalid_common_name");
    assertThat(san.status()).isEqualTo(400);
    assertThat(san.errorCode()).isEqualTo("csr_invalid_dns_names");
    assertThat(listed(http, fake)).isZero();
  }

  @Test
  void anOutOfRangeValidityIsA400(FakeCertCentral fake) {
    Http http = Http.of(fake);
    Map<String, Object> fiveYears = order("v.example.com", List.of());
    fiveYears.put("order_validity", Map.of("years", 5));
    Map<String, Object> legacy = order("v.example.com", List.of());
    legacy.remove("order_validity");
    legacy.put("validity_years", 9);

    for (Map<String, Object> body : List.of(fiveYears, legacy)) {
      Http.Response response = place(http, fake, "ssl_basic", body);
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.errorCode()).as(response.body()).startsWith("invalid_value");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[]",
        "{\"certificate\": \"example.com\"}",
        "{\"certificate\": {\"common_name\": 42, \"csr\": true}}",
        "{\"certificate\": {\"common_name\": \"a.example.com\", \"dns_names\": \"a\"}}",
        "{\"certificate\": {\"common_name\": \"a.example.com\", \"csr\": \"x\"},"
            + " \"order_validity\": {\"years\": \"one\"}}",
        "{\"certificate\": {\"common_name\": \"a.example.com\", \"csr\": \"x\"},"
            + " \"skip_approval\": \"yes\"}",
        "{\"certificate\": {\"common_name\": \"a.example.com\", \"csr\": \"x\"},"
            + " \"organization\": {\"id\": 1e400}}",
        "{\"certificate\": {\"common_name\": \"a.example.com\", \"csr\": \"x\"},"
            + " \"order_validity\": {\"years\": 99999999999}}",
      })
  void malformedBodiesAreA400InDigiCertsFormatAndPlaceNothing(String body, FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response response = http.post("/order/certificate/ssl_basic", fake.apiKey(), body);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.errorCode()).isNotBlank();
    assertThat(listed(http, fake)).isZero();
  }

  @Test
  void aHugeCsrIsRefusedWithA400NotA500(FakeCertCentral fake) {
    Map<String, Object> body = order("h.example.com", List.of());
    certificate(body)
        .put(
            "csr",
            "-----BEGIN CERTIFICATE REQUEST-----\n"
                + "A".repeat(FakeCertCentral.MAX_BODY_BYTES + 1)
                + "\n-----END CERTIFICATE REQUEST-----");

    Http.Response response = place(Http.of(fake), fake, "ssl_basic", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("bad_request_format");
  }

  @Test
  void aCsrJustUnderTheBodyLimitThatIsNoCsrIsCsrInvalid(FakeCertCentral fake) {
    Map<String, Object> body = order("h.example.com", List.of());
    certificate(body)
        .put(
            "csr",
            "-----BEGIN CERTIFICATE REQUEST-----\n"
                + "QUFB".repeat(FakeCertCentral.MAX_BODY_BYTES / 8)
                + "\n-----END CERTIFICATE REQUEST-----");

    Http.Response response = place(Http.of(fake), fake, "ssl_basic", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).startsWith("csr_invalid_");
  }

  private static long listed(Http http, FakeCertCentral fake) {
    return id(
        Http.object(http.get("/order/certificate", fake.apiKey()).json().get("page")).get("total"));
  }
}
