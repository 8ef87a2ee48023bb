package dev.certcentral.fake.internal.certificates;

import static dev.certcentral.fake.Placements.id;
import static dev.certcentral.fake.Placements.issued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.Internals;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.KeySpec;
import dev.certcentral.fake.Pkix;
import dev.certcentral.fake.Placements;
import dev.certcentral.fake.internal.state.State;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Downloads, the chain and the CRL over HTTP: every format of DigiCert's glossary
 * (https://dev.digicert.com/glossary/#certificate-formats) parses with the JDK and validates with
 * PKIX to the fake's root, and a revoked serial is in the CRL the certificate points to.
 */
@ExtendWith(FakeCertCentralExtension.class)
class CertificateRoutesTest {

  @ParameterizedTest
  @EnumSource(value = CertificateFormat.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void everyFormatParsesWithTheJdkAndValidatesToTheFakesRoot(
      CertificateFormat format, FakeCertCentral fake) throws Exception {
    Http http = Http.conforming(fake);
    long orderId = issued(http, fake, "dl.example.com");
    long certificateId = certificateId(http, fake, orderId);

    Http.Response response =
        http.get(
            "/certificate/" + certificateId + "/download/format/" + format.value(), fake.apiKey());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo(format.contentType());
    List<X509Certificate> certificates =
        format.container() == CertificateFormat.Container.ZIP
            ? Pkix.zipped(response.bytes())
            : Pkix.certificates(response.bytes());
    X509Certificate root = root(fake);
    int expected = 1 + (format.includesIntermediate() ? 1 : 0) + (format.includesRoot() ? 1 : 0);
    assertThat(certificates).hasSize(expected);
    X509Certificate leaf = certificates.get(0);
    assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=dl.example.com");
    assertThat(leaf.getSerialNumber()).isEqualTo(serialOf(http, fake, orderId));
    assertThat(certificates.contains(root)).isEqualTo(format.includesRoot());
    if (format.includesIntermediate()) {
      Pkix.validate(certificates, root);
    }
  }

  @Test
  void theLeafSecuresTheOrdersNamesAndItsIssuerSaysItIsATestCa(FakeCertCentral fake)
      throws Exception {
    Http http = Http.conforming(fake);
    long certificateId = certificateId(http, fake, issued(http, fake, "san.example.com"));

    List<X509Certificate> chain = pemAll(http, fake, certificateId);

    X509Certificate leaf = chain.get(0);
    assertThat(Pkix.dnsNames(leaf))
        .containsExactlyInAnyOrder("san.example.com", "www.san.example.com");
    assertThat(leaf.getIssuerX500Principal().getName()).containsIgnoringCase("test");
    Pkix.validate(chain, root(fake));
  }

  @Test
  void downloadsByOrderIdAnswerTheOrdersCurrentCertificate(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = issued(http, fake, "byorder.example.com");
    BigInteger serial = serialOf(http, fake, orderId);

    Http.Response bare = http.get("/certificate/download/order/" + orderId, fake.apiKey());
    Http.Response pem =
        http.get("/certificate/download/order/" + orderId + "/format/pem_noroot", fake.apiKey());

    assertThat(bare.status()).isEqualTo(200);
    assertThat(bare.header("Content-Type")).startsWith("application/zip");
    assertThat(Pkix.zipped(bare.bytes()).get(0).getSerialNumber()).isEqualTo(serial);
    assertThat(pem.status()).isEqualTo(200);
    assertThat(Pkix.certificates(pem.bytes())).hasSize(2);
    assertThat(Pkix.certificates(pem.bytes()).get(0).getSerialNumber()).isEqualTo(serial);
  }

  @Test
  void theChainEndpointListsLeafIntermediateAndRootAsPem(FakeCertCentral fake) throws Exception {
    Http http = Http.conforming(fake);
    long certificateId = certificateId(http, fake, issued(http, fake, "chain.example.com"));

    Http.Response response = http.get("/certificate/" + certificateId + "/chain", fake.apiKey());

    assertThat(response.status()).isEqualTo(200);
    List<?> intermediates = (List<?>) response.json().get("intermediates");
    assertThat(intermediates).hasSize(3);
    assertThat(Http.object(intermediates.get(0)))
        .containsEntry("subject_common_name", "chain.example.com");
    List<X509Certificate> chain =
        intermediates.stream()
            .map(item -> (String) Http.object(item).get("pem"))
            .map(pem -> Pkix.certificates(pem.getBytes(StandardCharsets.US_ASCII)).get(0))
            .toList();
    assertThat(chain.get(2)).isEqualTo(root(fake));
    Pkix.validate(chain, root(fake));
  }

  @Test
  void anApprovedRevokeListsTheSerialInTheCrlTheCertificatePointsTo(FakeCertCentral fake)
      throws Exception {
    Http http = Http.conforming(fake);
    long orderId = issued(http, fake, "revoke.example.com");
    List<X509Certificate> chain = pemAll(http, fake, certificateId(http, fake, orderId));
    X509Certificate leaf = chain.get(0);
    String crlUrl = "http://127.0.0.1:" + fake.port() + State.CRL_PATH;
    X509CRL before = crl(http);

    Placements.revoked(http, fake, orderId);
    X509CRL after = crl(http);

    String distributionPoints =
        new String(leaf.getExtensionValue("2.5.29.31"), StandardCharsets.ISO_8859_1);
    assertThat(distributionPoints).contains(crlUrl);
    assertThat(before.getRevokedCertificate(leaf.getSerialNumber())).isNull();
    assertThat(after.getRevokedCertificate(leaf.getSerialNumber())).isNotNull();
    assertThat(after.isRevoked(leaf)).isTrue();
    after.verify(chain.get(1).getPublicKey());
    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "revoked");
  }

  @Test
  void theCrlNeedsNoKey(FakeCertCentral fake) {
    Http.Response response = new Http("http://127.0.0.1:" + fake.port()).getOpen(State.CRL_PATH);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo(CertificateRoutes.CRL_CONTENT_TYPE);
    assertThat(Pkix.crl(response.bytes()).getRevokedCertificates()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pem_some",
        "unknown",
        "..%2F..%2Fetc%2Fpasswd",
        "%2E%2E",
        "pem_all%00",
        "pem_all;x=1",
      })
  void anUnknownOrHostileFormatIsA4xxInDigiCertsFormat(String format, FakeCertCentral fake) {
    Http http = Http.of(fake);
    long certificateId = certificateId(http, fake, issued(http, fake, "fmt.example.com"));

    Http.Response response =
        http.get("/certificate/" + certificateId + "/download/format/" + format, fake.apiKey());

    assertThat(response.status()).as(response.body()).isBetween(400, 499);
    assertThat(response.errorCode()).isNotBlank();
  }

  @Test
  void aPathThatClimbsOutOfTheApiIsRefusedNotServed(FakeCertCentral fake) {
    Http http = Http.of(fake);
    long certificateId = certificateId(http, fake, issued(http, fake, "climb.example.com"));

    Http.Response response =
        http.send(
            "GET",
            "/services/v2/certificate/" + certificateId + "/download/format/%2e%2e/%2e%2e/crl",
            fake.apiKey(),
            null);

    assertThat(response.status()).as(response.body()).isBetween(400, 499);
    assertThat(response.errorCode()).isNotBlank();
  }

  @Test
  void unknownCertificatesAndOrdersAre404AndBadIdsA400(FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response certificate =
        http.get("/certificate/39999999/download/format/pem_all", fake.apiKey());
    Http.Response chain = http.get("/certificate/39999999/chain", fake.apiKey());
    Http.Response order = http.get("/certificate/download/order/999999999", fake.apiKey());
    Http.Response text = http.get("/certificate/abc/download/format/pem_all", fake.apiKey());

    assertThat(certificate.status()).isEqualTo(404);
    assertThat(certificate.errorCode()).isEqualTo("not_found");
    assertThat(chain.status()).isEqualTo(404);
    assertThat(order.status()).isEqualTo(404);
    assertThat(order.errorCode()).isEqualTo("not_found|order");
    assertThat(text.status()).isEqualTo(400);
  }

  @Test
  void anOrderWithoutACertificateYetIsA404ByOrderId(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = id(Placements.placed(http, fake, "notyet.example.com").get("id"));

    Http.Response response =
        http.get("/certificate/download/order/" + orderId + "/format/pem_all", fake.apiKey());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.errorCode()).isEqualTo("not_found");
  }

  @Test
  void anotherAccountsKeyCannotDownload(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long certificateId = certificateId(http, fake, issued(http, fake, "mine.example.com"));
    String other = fake.addKey(KeySpec.role(KeyRole.ADMINISTRATOR).newAccount());

    Http.Response response =
        http.get("/certificate/" + certificateId + "/download/format/pem_all", other);

    assertThat(response.status()).isEqualTo(404);
  }

  /** The certificate id order info shows for an issued order. */
  static long certificateId(Http http, FakeCertCentral fake, long orderId) {
    return id(Http.object(Placements.order(http, fake, orderId).get("certificate")).get("id"));
  }

  private static BigInteger serialOf(Http http, FakeCertCentral fake, long orderId) {
    return new BigInteger(
        (String)
            Http.object(Placements.order(http, fake, orderId).get("certificate"))
                .get("serial_number"),
        16);
  }

  private static List<X509Certificate> pemAll(Http http, FakeCertCentral fake, long certificateId) {
    Http.Response response =
        http.get("/certificate/" + certificateId + "/download/format/pem_all", fake.apiKey());
    assertThat(response.status()).isEqualTo(200);
    return Pkix.certificates(response.bytes());
  }

  private static X509CRL crl(Http http) {
    Http.Response response = http.getOpen(State.CRL_PATH);
    assertThat(response.status()).isEqualTo(200);
    return Pkix.crl(response.bytes());
  }

  private static X509Certificate root(FakeCertCentral fake) {
    return Certificates.root(Internals.state(fake));
  }
}
