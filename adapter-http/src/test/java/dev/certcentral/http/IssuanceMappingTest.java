package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DcvStatus;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.CertCentralException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each optional field of the issuance mappings, present, null and absent, read as core says. */
class IssuanceMappingTest {

  private static final String T1 = "2030-01-01T00:00:00+00:00";

  private static Wire.CertificateDto certificate(
      String serial,
      String dateIssued,
      String validFrom,
      String validTill,
      String hash,
      Integer keySize,
      Wire.ServerPlatformDto platform) {
    return new Wire.CertificateDto(
        "11",
        "shop.example",
        List.of("www.shop.example", "shop.example"),
        null,
        null,
        "csr",
        hash,
        keySize,
        platform,
        serial,
        null,
        dateIssued,
        validFrom,
        validTill);
  }

  private static Order order(Wire.CertificateDto certificate) {
    return order(certificate, null, null);
  }

  private static Order order(
      Wire.CertificateDto certificate, String dcvMethod, List<Wire.DomainDto> domains) {
    return DomainMapping.order(
        new Wire.OrderDto(
            "7", certificate, "issued", null, null, null, null, null, dcvMethod, domains));
  }

  @Test
  void anIssuedCertificateTakesDigiCertsDefaultsForWhatIsLeftOut() {
    Order order = order(certificate("0A", T1, "2030-01-01", "2030-12-31", null, null, null));

    IssuedCertificate issued = order.certificate().orElseThrow();
    assertThat(issued.id()).isEqualTo(new CertificateId(11));
    assertThat(issued.signatureHash()).isEqualTo(SignatureHash.SHA256);
    assertThat(issued.keySize()).isZero();
    assertThat(issued.thumbprint()).isEmpty();
    assertThat(issued.dnsNames()).containsExactly("shop.example", "www.shop.example");
    assertThat(order.signatureHash()).isEmpty();
    assertThat(order.serverPlatformId()).isEqualTo(CertificateDetails.OTHER_SERVER_PLATFORM);
    assertThat(order.csr()).isEqualTo("csr");
  }

  @Test
  void anUnknownHashAndAPlatformWithoutIdAreKeptAsUnknown() {
    Order order =
        order(
            certificate(
                "0A",
                T1,
                "2030-01-01",
                "2030-12-31",
                "sha3-256",
                4096,
                new Wire.ServerPlatformDto(null)));

    assertThat(order.certificate().orElseThrow().signatureHash()).isEqualTo(SignatureHash.UNKNOWN);
    assertThat(order.certificate().orElseThrow().keySize()).isEqualTo(4096);
    assertThat(order.signatureHash()).contains(SignatureHash.UNKNOWN);
    assertThat(order.serverPlatformId()).isEqualTo(CertificateDetails.OTHER_SERVER_PLATFORM);
  }

  @Test
  void aCertificateWithoutCommonNameListsItsOtherNames() {
    Wire.CertificateDto dto =
        new Wire.CertificateDto(
            "11",
            null,
            List.of("a.example"),
            null,
            null,
            null,
            null,
            null,
            null,
            "0A",
            null,
            T1,
            "2030-01-01",
            "2030-01-02");

    Order order = order(dto);

    assertThat(order.certificate().orElseThrow().dnsNames()).containsExactly("a.example");
    assertThat(order.certificate().orElseThrow().commonName()).isEmpty();
    assertThat(order.commonName()).isEmpty();
  }

  @Test
  void anIssuedCertificateWithoutItsDatesOrIdIsMalformed() {
    List<Wire.CertificateDto> broken =
        List.of(
            certificate("0A", null, "2030-01-01", "2030-12-31", null, null, null),
            certificate("0A", "yesterday", "2030-01-01", "2030-12-31", null, null, null),
            certificate("0A", T1, null, "2030-12-31", null, null, null),
            certificate("0A", T1, "2030-01-01", "31.12.2030", null, null, null),
            certificate("0A", T1, "2030-12-31", "2030-01-01", null, null, null));
    for (Wire.CertificateDto dto : broken) {
      assertThatThrownBy(() -> order(dto)).as(dto.toString()).isInstanceOf(RuntimeException.class);
    }
    assertThatThrownBy(
            () ->
                order(
                    new Wire.CertificateDto(
                        null,
                        "a.example",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "0A",
                        null,
                        T1,
                        "2030-01-01",
                        "2030-01-02")))
        .hasMessageContaining("certificate id is missing");
    assertThatThrownBy(() -> order(certificate("0A", T1, "2030-01-01", "x", null, null, null)))
        .isExactlyInstanceOf(CertCentralException.class)
        .hasMessageContaining("valid_till is not a yyyy-MM-dd date: x");
  }

  @Test
  void eachDomainTakesTheOrdersMethodAndAnEntryWithoutNameIsLeftOut() {
    Order order =
        order(
            null,
            "http-token",
            List.of(
                new Wire.DomainDto("a.example", "approved", T1, new Wire.DcvTokenDto("t")),
                new Wire.DomainDto(null, "pending", null, null),
                new Wire.DomainDto("b.example", "pending", T1, new Wire.DcvTokenDto(null)),
                new Wire.DomainDto("c.example", null, null, null)));

    assertThat(order.dcvMethod()).contains(DcvMethod.HTTP_TOKEN);
    assertThat(order.domainControls())
        .containsExactly(
            new DomainControl(
                "a.example",
                DcvMethod.HTTP_TOKEN,
                Optional.of("t"),
                DcvStatus.APPROVED,
                Optional.of(Instant.parse("2030-01-01T00:00:00Z"))),
            new DomainControl(
                "b.example",
                DcvMethod.HTTP_TOKEN,
                Optional.empty(),
                DcvStatus.PENDING,
                Optional.empty()),
            new DomainControl(
                "c.example",
                DcvMethod.HTTP_TOKEN,
                Optional.empty(),
                DcvStatus.UNKNOWN,
                Optional.empty()));
  }

  @Test
  void domainsWithoutAMethodOrAnApprovalDateReadAsUnknownOrMalformed() {
    Order order =
        order(null, null, List.of(new Wire.DomainDto("a.example", "pending", null, null)));

    assertThat(order.dcvMethod()).isEmpty();
    assertThat(order.domainControls().get(0).method()).isEqualTo(DcvMethod.UNKNOWN);
    assertThatThrownBy(
            () ->
                order(
                    null,
                    "email",
                    List.of(new Wire.DomainDto("a.example", "approved", null, null))))
        .isExactlyInstanceOf(CertCentralException.class)
        .hasMessageContaining("a.example is approved without date_approved");
  }

  @Test
  void aSubmittedOrderNeedsItsIdsAndKeepsAnUnknownRequestStatus() {
    SubmittedOrder bare =
        IssuanceMapping.submittedOrder(new Wire.SubmittedOrderDto("5", null, null));
    SubmittedOrder odd =
        IssuanceMapping.submittedOrder(
            new Wire.SubmittedOrderDto("5", List.of(new Wire.RequestSummaryDto("6", null)), "8"));

    assertThat(bare.requests()).isEmpty();
    assertThat(bare.certificateId()).isEmpty();
    assertThat(odd.requests().get(0).rawStatus()).isEqualTo("unknown");
    assertThat(odd.certificateId()).contains(new CertificateId(8));
    assertThatThrownBy(
            () ->
                IssuanceMapping.submittedOrder(
                    new Wire.SubmittedOrderDto(
                        "5", List.of(new Wire.RequestSummaryDto(null, "pending")), null)))
        .hasMessageContaining("request id is missing");
    assertThatThrownBy(
            () -> IssuanceMapping.submittedOrder(new Wire.SubmittedOrderDto("5", null, "0")))
        .hasMessageContaining("certificate_id");
    assertThatThrownBy(
            () ->
                IssuanceMapping.submittedOrder(
                    new Wire.SubmittedOrderDto(
                        "5", Arrays.asList((Wire.RequestSummaryDto) null), null)))
        .hasMessageContaining("a list holds null");
  }

  @Test
  void aDcvCheckNeedsTheOrdersAndTheChecksStatus() {
    DcvCheck check =
        IssuanceMapping.dcvCheck(
            new Wire.DcvCheckDto(
                "pending", null, "pending", List.of(new Wire.DcvNameDto("a.example", null))));

    assertThat(check.certificateId()).isEmpty();
    assertThat(check.dnsNameValidations().get(0).status()).isEqualTo(DcvStatus.UNKNOWN);
    assertThatThrownBy(
            () -> IssuanceMapping.dcvCheck(new Wire.DcvCheckDto(null, null, "valid", null)))
        .hasMessageContaining("order_status is missing");
    assertThatThrownBy(
            () -> IssuanceMapping.dcvCheck(new Wire.DcvCheckDto("issued", null, null, null)))
        .hasMessageContaining("dcv_status is missing");
  }
}
