package dev.certcentral.fake.internal.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPlacement;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.CsrInvalidException;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seam wave 2 wires into the fake's routes: core's order rules decide when and for which names,
 * the test CA checks the CSR and signs, and the signed leaf becomes the order's certificate.
 */
class CaLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final User ADMIN = new User(1, "Ada", "Admin", "ada@example.com");
  private static final URI CRL_URL = URI.create("http://127.0.0.1:8080/__fake/crl");

  private final TestCertificateAuthority ca = TestCertificateAuthority.seeded(1, CLOCK);
  private final KeyPair keys = Csrs.ec("secp256r1");

  @Test
  void aPlacedValidatedOrderIsIssuedAGenuineCertificateForItsNames() {
    String csr = Csrs.pem(keys, "shop.example", List.of("shop.example", "www.shop.example"));
    NewOrder form =
        NewOrder.builder()
            .productNameId("ssl_basic")
            .certificate(
                CertificateDetails.builder()
                    .commonName("shop.example")
                    .dnsNames(List.of("www.shop.example"))
                    .csr(csr)
                    .signatureHash(SignatureHash.SHA384)
                    .build())
            .orderValidity(OrderValidity.ofDays(90))
            .skipApproval(true)
            .dcvMethod(DcvMethod.HTTP_TOKEN)
            .build();
    OrderPlacement placement =
        Order.place(new OrderId(5), form, new RequestId(6), ADMIN, "token", CLOCK);
    // Wave 2 checks the CSR at placement, so a bad one is refused before an order exists.
    CheckedCsr checked =
        CsrCheck.check(form.certificate().csr(), form.certificate().securedNames());
    Order validated =
        placement.order().checkDcv(control -> true, List.of(placement.request()), CLOCK);

    CertificateDetails toIssue = validated.certificateToIssue().orElseThrow();
    IssuedLeaf leaf =
        ca.issue(
            checked,
            LeafTemplate.forCertificate(
                toIssue, validated.certificateValidity(CLOCK.instant()), CRL_URL));
    Order issued =
        validated.issue(
            leaf.toIssuedCertificate(new CertificateId(7)), List.of(placement.request()));

    assertThat(issued.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(issued.certificate().orElseThrow().serialNumber()).isEqualTo(leaf.serialNumberHex());
    assertThat(leaf.certificate().getPublicKey()).isEqualTo(keys.getPublic());
    assertThat(leaf.certificate().getNotAfter().toInstant())
        .isEqualTo(NOW.plus(java.time.Duration.ofDays(90)));
    assertThat(leaf.certificate().getSigAlgName()).isEqualTo("SHA384withECDSA");
    assertThat(leaf.dnsNames()).containsExactly("shop.example", "www.shop.example");
  }

  @Test
  void aCsrForOtherNamesIsRefusedAgainstTheOrdersNames() {
    String csr = Csrs.pem(keys, "shop.example", List.of("other.example"));

    assertThatThrownBy(() -> CsrCheck.check(csr, List.of("shop.example")))
        .isInstanceOf(CsrInvalidException.class);
  }
}
