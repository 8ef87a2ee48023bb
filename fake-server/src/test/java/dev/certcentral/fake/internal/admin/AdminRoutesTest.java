package dev.certcentral.fake.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The control surface under /__fake. */
@ExtendWith(FakeCertCentralExtension.class)
class AdminRoutesTest {

  @Test
  void healthIsOkAndReportsTheHeap(FakeCertCentral fake) {
    Http.Response response = Http.of(fake).admin("GET", "/health", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json()).containsEntry("status", "ok");
    Map<String, Object> heap = Http.object(response.json().get("heap"));
    assertThat(((Number) heap.get("max_bytes")).longValue())
        .isEqualTo(Runtime.getRuntime().maxMemory());
    assertThat(((Number) heap.get("used_bytes")).longValue()).isPositive();
    assertThat(heap).containsKeys("after_last_gc_bytes", "headroom_bytes");
  }

  @Test
  void ordersAreCreatedFromJsonWithDefaults(FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response created =
        http.admin(
            "POST",
            "/orders",
            "{\"status\": \"issued\", \"common_name\": \"shop.example\","
                + " \"dns_names\": [\"shop.example\", \"www.shop.example\"]}");

    assertThat(created.status()).isEqualTo(201);
    Map<String, Object> order = created.json();
    long id = ((Number) order.get("id")).longValue();
    assertThat(order)
        .containsEntry("status", "issued")
        .containsEntry("product_name_id", "ssl_plus");
    Map<String, Object> read = http.get("/order/certificate/" + id, fake.apiKey()).json();
    assertThat(Http.object(read.get("certificate")))
        .containsEntry("common_name", "shop.example")
        .containsEntry("dns_names", List.of("shop.example", "www.shop.example"));
    List<?> dns =
        (List<?>)
            http.get("/order/certificate/" + id + "/validation", fake.apiKey())
                .json()
                .get("dns_name_validations");
    assertThat(dns).hasSize(2);
  }

  @Test
  void ordersCanCarryTheirOwnValidations(FakeCertCentral fake) {
    Http http = Http.of(fake);
    Http.Response created =
        http.admin(
            "POST",
            "/orders",
            "{\"status\": \"pending\", \"organization_validations\": [{\"type\": \"ev\","
                + " \"status\": \"active\", \"validated_until\": \"2030-01-01T00:00:00+00:00\"}]}");
    long id = ((Number) created.json().get("id")).longValue();

    Map<String, Object> validation =
        http.get("/order/certificate/" + id + "/validation", fake.apiKey()).json();

    Map<String, Object> org =
        Http.object(((List<?>) validation.get("organization_validations")).get(0));
    assertThat(org)
        .containsEntry("type", "ev")
        .containsEntry("status", "active")
        .containsEntry("validated_until", "2030-01-01T00:00:00+00:00");
  }

  @Test
  void badOrderSpecsAre400(FakeCertCentral fake) {
    Http http = Http.of(fake);

    assertThat(http.admin("POST", "/orders", "{\"status\": \"weird\"}").status()).isEqualTo(400);
    assertThat(http.admin("POST", "/orders", "{\"dns_names\": \"x\"}").status()).isEqualTo(400);
    assertThat(http.admin("POST", "/orders", "{\"api_key\": \"nobody\"}").status()).isEqualTo(400);
    assertThat(http.admin("POST", "/orders", "{\"validity_years\": 99}").status()).isEqualTo(400);
  }

  @Test
  void apiKeysGetAnAccountAndARole(FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response added =
        http.admin("POST", "/api-keys", "{\"key\": \"viewer-1\", \"role\": \"view_only\"}");

    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json()).containsEntry("role", "view_only").doesNotContainValue("viewer-1");
    assertThat(http.get("/order/certificate", "viewer-1").status()).isEqualTo(200);
    assertThat(http.admin("POST", "/api-keys", "{\"key\": \"k\", \"role\": \"root\"}").status())
        .isEqualTo(400);
    assertThat(http.admin("POST", "/api-keys", "{\"role\": \"user\"}").status()).isEqualTo(400);
  }

  @Test
  void theClockCanBeSetAndAdvancedAndStampsWhatTheFakeWrites(FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response set = http.admin("POST", "/clock", "{\"set\": \"2030-05-01T10:00:00Z\"}");
    assertThat(set.status()).isEqualTo(200);
    assertThat((String) set.json().get("now")).startsWith("2030-05-01T10:00:0");
    Http.Response advanced = http.admin("POST", "/clock", "{\"advance\": \"P1D\"}");
    assertThat((String) advanced.json().get("now")).startsWith("2030-05-02T10:00:0");

    long id = fake.givenOrder(OrderStatus.ISSUED).value();
    Map<String, Object> request =
        http.put("/order/certificate/" + id + "/revoke", fake.apiKey(), "{\"comments\": \"c\"}")
            .json();
    assertThat((String) request.get("date")).startsWith("2030-05-02T10:00:0");
    assertThat(http.admin("POST", "/clock", "{\"advance\": \"soon\"}").status()).isEqualTo(400);
    assertThat(http.admin("POST", "/clock", "{}").status()).isEqualTo(400);
  }

  @Test
  void resetForgetsOrdersButKeepsKeys(FakeCertCentral fake) {
    Http http = Http.of(fake);
    long id = fake.givenOrder(OrderStatus.ISSUED).value();

    assertThat(http.admin("POST", "/reset", null).status()).isEqualTo(204);

    assertThat(http.get("/order/certificate/" + id, fake.apiKey()).status()).isEqualTo(404);
    assertThat(http.get("/order/certificate", fake.apiKey()).status()).isEqualTo(200);
  }

  @Test
  void stateDumpsAccountsOrdersRequestsAndMaskedKeys(FakeCertCentral fake) {
    Http http = Http.of(fake);
    long id = fake.givenOrder(OrderStatus.REISSUE_PENDING).value();

    Http.Response state = http.admin("GET", "/state", null);

    assertThat(state.status()).isEqualTo(200);
    assertThat(state.body()).doesNotContain(fake.apiKey());
    Map<String, Object> account = Http.object(((List<?>) state.json().get("accounts")).get(0));
    assertThat((List<?>) account.get("orders")).hasSize(1);
    Map<String, Object> reissue = Http.object(((List<?>) account.get("requests")).get(0));
    assertThat(reissue).containsEntry("type", "reissue").containsEntry("order_id", (double) id);
  }

  @Test
  void theJournalRecordsCallsWithoutKeys(FakeCertCentral fake) {
    Http http = Http.of(fake);
    http.get("/order/certificate", fake.apiKey());
    http.get("/request/77", fake.apiKey());

    Http.Response journal = http.admin("GET", "/journal", null);

    assertThat(journal.body()).doesNotContain(fake.apiKey());
    List<?> entries = (List<?>) journal.json().get("entries");
    assertThat(entries)
        .extracting(e -> Http.object(e).get("path") + " " + Http.object(e).get("status"))
        .contains("/services/v2/order/certificate 200.0", "/services/v2/request/77 404.0");
  }

  @Test
  void faultsAreListedAndCleared(FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response added =
        http.admin(
            "POST", "/faults", "{\"path_prefix\": \"/request\", \"status\": 503, \"times\": 1}");
    assertThat(added.status()).isEqualTo(201);
    assertThat((List<?>) added.json().get("faults")).hasSize(1);
    assertThat(http.get("/request", fake.apiKey()).status()).isEqualTo(503);
    assertThat(http.get("/request", fake.apiKey()).status()).isEqualTo(200);

    http.admin("POST", "/faults", "{\"status\": 500}");
    assertThat(http.admin("DELETE", "/faults", null).status()).isEqualTo(204);
    assertThat((List<?>) http.admin("GET", "/faults", null).json().get("faults")).isEmpty();
    assertThat(http.admin("POST", "/faults", "{\"status\": 200}").status()).isEqualTo(400);
    assertThat(http.admin("POST", "/faults", "{\"path_prefix\": \"/x\"}").status()).isEqualTo(400);
  }

  @Test
  void ordersCanBeCreatedInBulkForLoadTests(FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response created =
        http.admin("POST", "/orders", "{\"status\": \"pending\", \"count\": 250}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json()).containsEntry("count", 250.0);
    long first = ((Number) created.json().get("first_id")).longValue();
    long last = ((Number) created.json().get("last_id")).longValue();
    assertThat(last - first).isEqualTo(249);
    assertThat(fake.state().orderCount(FakeCertCentral.DEFAULT_ACCOUNT)).isEqualTo(250);
    assertThat(http.get("/order/certificate/" + last, fake.apiKey()).json())
        .containsEntry("status", "pending");
    assertThat(http.admin("POST", "/orders", "{\"count\": 0}").status()).isEqualTo(400);
  }

  @Test
  void theDcvPolicyIsWrittenAndReadAsJson(FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response set =
        http.admin(
            "PUT",
            "/dcv-policy",
            "{\"kind\": \"random_delay\", \"min_delay\": \"PT1M\", \"max_delay\": \"PT2H\","
                + " \"seed\": 7}");

    assertThat(set.status()).isEqualTo(200);
    assertThat(fake.dcvPolicy())
        .isEqualTo(DcvPolicy.afterRandomDelay(Duration.ofMinutes(1), Duration.ofHours(2)).seed(7));
    assertThat(http.admin("GET", "/dcv-policy", null).json())
        .isEqualTo(set.json())
        .containsEntry("kind", "random_delay")
        .containsEntry("max_delay", "PT2H");
    http.admin("PUT", "/dcv-policy", "{\"kind\": \"delay\", \"delay\": \"PT30S\"}");
    assertThat(fake.dcvPolicy()).isEqualTo(DcvPolicy.after(Duration.ofSeconds(30)));
  }

  @Test
  void badDcvPoliciesAre400AndChangeNothing(FakeCertCentral fake) {
    Http http = Http.of(fake);
    fake.setDcvPolicy(DcvPolicy.never());

    for (String bad :
        List.of(
            "{}",
            "{\"kind\": \"sometimes\"}",
            "{\"kind\": \"delay\"}",
            "{\"kind\": \"delay\", \"delay\": \"30s\"}",
            "{\"kind\": \"delay\", \"delay\": \"-PT1S\"}",
            "{\"kind\": \"random_delay\", \"min_delay\": \"PT2H\", \"max_delay\": \"PT1M\"}")) {
      Http.Response refused = http.admin("PUT", "/dcv-policy", bad);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.errorCode()).as(bad).isIn("invalid_param", "missing_param");
    }
    assertThat(fake.dcvPolicy()).isEqualTo(DcvPolicy.never());
  }

  @Test
  void aTokenNeedsAnOrderIdAndANameOfThatOrder(FakeCertCentral fake) {
    Http http = Http.of(fake);
    long id = fake.givenOrder(OrderStatus.PENDING).value();

    assertThat(http.admin("POST", "/orders/x/dcv-tokens", "{\"dns_name\": \"a.example\"}").status())
        .isEqualTo(400);
    assertThat(http.admin("POST", "/orders/" + id + "/dcv-tokens", "{}").errorCode())
        .isEqualTo("invalid_param");
    assertThat(
            http.admin("POST", "/orders/" + (id + 1) + "/dcv-tokens", "{\"dns_name\": \"a\"}")
                .errorCode())
        .isEqualTo("not_found|order");
  }

  @Test
  void theRootAndTheCrlAreServedInPem(FakeCertCentral fake) throws Exception {
    Http http = Http.of(fake);
    CertificateFactory x509 = CertificateFactory.getInstance("X.509");

    Http.Response root = http.admin("GET", "/ca/root.pem", null);
    Http.Response crl = http.admin("GET", "/ca/crl.pem", null);

    assertThat(root.body()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(x509.generateCertificate(ascii(root.body()))).isEqualTo(fake.caRoot());
    assertThat(crl.body()).startsWith("-----BEGIN X509 CRL-----");
    X509CRL parsed = (X509CRL) x509.generateCRL(ascii(crl.body()));
    assertThat(parsed.getIssuerX500Principal()).isEqualTo(fake.crl().getIssuerX500Principal());
  }

  private static ByteArrayInputStream ascii(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }
}
