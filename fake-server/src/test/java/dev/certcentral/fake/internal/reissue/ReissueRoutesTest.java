package dev.certcentral.fake.internal.reissue;

import static dev.certcentral.fake.Placements.decide;
import static dev.certcentral.fake.Placements.id;
import static dev.certcentral.fake.Placements.issued;
import static dev.certcentral.fake.Placements.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.Pkix;
import dev.certcentral.fake.Placements;
import dev.certcentral.fake.internal.state.State;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reissue over HTTP
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/reissue-certificate.html): the
 * 201, the reissue request, a new certificate with a new serial on approval while the old one stays
 * downloadable, cancel and revoke around a pending reissue, and refusals.
 */
@ExtendWith(FakeCertCentralExtension.class)
class ReissueRoutesTest {

  @Test
  void anApprovedReissueGivesANewCertificateAndKeepsTheOldOneDownloadable(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = issued(http, fake, "re.example.com");
    Map<String, Object> first = certificate(http, fake, orderId);

    Http.Response asked =
        reissue(
            http,
            fake,
            orderId,
            body("re.example.com", List.of("re.example.com", "api.re.example.com")));
    Map<String, Object> pending = Placements.order(http, fake, orderId);
    Map<String, Object> request =
        http.get("/request/" + requestId(asked.json()), fake.apiKey()).json();
    assertThat(decide(http, fake, requestId(asked.json()), "approved").status()).isEqualTo(204);
    Map<String, Object> second = certificate(http, fake, orderId);

    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(id(asked.json().get("id"))).isEqualTo(orderId);
    assertThat(pending).containsEntry("status", "reissue_pending");
    assertThat(request).containsEntry("type", "reissue");
    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "issued");
    assertThat(second.get("id")).isNotEqualTo(first.get("id"));
    assertThat(second.get("serial_number")).isNotEqualTo(first.get("serial_number"));
    assertThat(second.get("dns_names")).isEqualTo(List.of("re.example.com", "api.re.example.com"));
    X509Certificate old = download(http, fake, id(first.get("id")));
    X509Certificate now = download(http, fake, id(second.get("id")));
    assertThat(old.getSerialNumber())
        .isEqualTo(new java.math.BigInteger((String) first.get("serial_number"), 16));
    assertThat(Pkix.dnsNames(now)).contains("api.re.example.com");
    Http.Response byOrder =
        http.get("/certificate/download/order/" + orderId + "/format/pem_all", fake.apiKey());
    assertThat(Pkix.certificates(byOrder.bytes()).get(0)).isEqualTo(now);
  }

  @Test
  void aReissueForTheSameNamesStillWaitsForApproval(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = issued(http, fake, "same.example.com");
    Object before = certificate(http, fake, orderId).get("id");

    reissued(http, fake, orderId, "same.example.com");

    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "reissue_pending");
    assertThat(certificate(http, fake, orderId).get("id")).isEqualTo(before);
  }

  @Test
  void theOldSerialIsNotRevokedByTheReissueButIsWhenTheOrderIsRevoked(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = issued(http, fake, "old.example.com");
    X509Certificate old = download(http, fake, id(certificate(http, fake, orderId).get("id")));
    Http.Response asked = reissued(http, fake, orderId, "old.example.com");
    decide(http, fake, requestId(asked.json()), "approved");
    X509CRL afterReissue = crl(http);

    Placements.revoked(http, fake, orderId);
    X509CRL afterRevoke = crl(http);

    assertThat(afterReissue.isRevoked(old)).isFalse();
    assertThat(afterRevoke.isRevoked(old)).isTrue();
  }

  @Test
  void cancelingAPendingReissueReturnsTheOrderToIssuedAndRejectsTheRequest(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = issued(http, fake, "cancel.example.com");
    Http.Response asked = reissued(http, fake, orderId, "cancel.example.com");

    Http.Response canceled =
        http.put(
            "/order/certificate/" + orderId + "/status",
            fake.apiKey(),
            "{\"status\": \"canceled\", \"note\": \"not now\"}");

    assertThat(canceled.status()).isEqualTo(204);
    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "issued");
    assertThat(http.get("/request/" + requestId(asked.json()), fake.apiKey()).json())
        .containsEntry("status", "rejected");
  }

  @Test
  void aPendingReissueBlocksRevocation(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = issued(http, fake, "block.example.com");
    reissued(http, fake, orderId, "block.example.com");

    Http.Response revoke =
        http.put(
            "/order/certificate/" + orderId + "/revoke",
            fake.apiKey(),
            "{\"comments\": \"too soon\"}");

    assertThat(revoke.status()).isEqualTo(400);
    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "reissue_pending");
  }

  @Test
  void reissueOfAnOrderNotIssuedIsA400InvalidStatus(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = id(Placements.placed(http, fake, "notissued.example.com").get("id"));

    Http.Response response = reissue(http, fake, orderId, body("notissued.example.com", List.of()));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("invalid_status");
  }

  @Test
  void reissueRefusalsAreA4xxInDigiCertsFormatAndChangeNothing(FakeCertCentral fake) {
    Http http = Http.of(fake);
    long orderId = issued(http, fake, "refuse.example.com");
    Map<String, Object> wrongCsr = body("refuse.example.com", List.of());
    Placements.certificate(wrongCsr).put("csr", Placements.csr("other.example.org", List.of()));

    Http.Response csr = reissue(http, fake, orderId, wrongCsr);
    Http.Response noCertificate =
        http.post(
            "/order/certificate/" + orderId + "/reissue", fake.apiKey(), "{\"comments\": \"x\"}");
    Http.Response notJson =
        http.post("/order/certificate/" + orderId + "/reissue", fake.apiKey(), "<xml/>");
    Http.Response wrongType =
        http.post(
            "/order/certificate/" + orderId + "/reissue",
            fake.apiKey(),
            "{\"certificate\": {\"csr\": [1, 2]}}");
    Http.Response unknown =
        reissue(http, fake, 999_999_999L, body("refuse.example.com", List.of()));

    assertThat(csr.status()).isEqualTo(400);
    assertThat(csr.errorCode()).startsWith("csr_invalid_");
    assertThat(noCertificate.status()).isEqualTo(400);
    assertThat(noCertificate.errorCode()).isEqualTo("missing_param");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "issued");
  }

  /** A reissue body with a fresh CSR for the names (the order's names when none are given). */
  private static Map<String, Object> body(String commonName, List<String> dnsNames) {
    Map<String, Object> certificate = new LinkedHashMap<>();
    certificate.put("common_name", commonName);
    if (!dnsNames.isEmpty()) {
      certificate.put("dns_names", dnsNames);
    }
    certificate.put(
        "csr",
        Placements.csr(
            commonName, dnsNames.isEmpty() ? List.of(commonName, "www." + commonName) : dnsNames));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("certificate", certificate);
    body.put("comments", "new key");
    return body;
  }

  private static Http.Response reissue(
      Http http, FakeCertCentral fake, long orderId, Map<String, Object> body) {
    return http.post(
        "/order/certificate/" + orderId + "/reissue", fake.apiKey(), Placements.json(body));
  }

  /** Asks for a reissue that must be accepted. */
  private static Http.Response reissued(
      Http http, FakeCertCentral fake, long orderId, String name) {
    Http.Response response = reissue(http, fake, orderId, body(name, List.of()));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response;
  }

  private static Map<String, Object> certificate(Http http, FakeCertCentral fake, long orderId) {
    return Http.object(Placements.order(http, fake, orderId).get("certificate"));
  }

  private static X509Certificate download(Http http, FakeCertCentral fake, long certificateId) {
    Http.Response response =
        http.get("/certificate/" + certificateId + "/download/format/pem_all", fake.apiKey());
    assertThat(response.status()).isEqualTo(200);
    return Pkix.certificates(response.bytes()).get(0);
  }

  private static X509CRL crl(Http http) {
    return Pkix.crl(http.getOpen(State.CRL_PATH).bytes());
  }
}
