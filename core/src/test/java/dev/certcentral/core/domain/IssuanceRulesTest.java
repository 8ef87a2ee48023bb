package dev.certcentral.core.domain;

import static dev.certcentral.core.domain.Fixtures.CLOCK;
import static dev.certcentral.core.domain.Fixtures.NOW;
import static dev.certcentral.core.domain.Fixtures.certificate;
import static dev.certcentral.core.domain.Fixtures.newOrder;
import static dev.certcentral.core.domain.Fixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.OrderNotIssuableException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IssuanceRulesTest {

  @Test
  void aValidatedApprovedOrderIsIssuedWithItsCertificate() {
    Order validated = Lifecycles.validated();
    IssuedCertificate certificate = certificate(7, validated.namesToIssue());

    assertThat(validated.readyToIssue(List.of())).isTrue();
    Order issued = validated.issue(certificate, List.of());

    assertThat(issued.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(issued.certificate()).contains(certificate);
    assertThat(issued.toString()).contains("certificate=7");
    assertThat(issued.readyToIssue(List.of())).isFalse();
  }

  @Test
  void anOrderWaitingForApprovalIsNotIssued() {
    OrderPlacement placement = placed(newOrder().build());
    Order order = placement.order();

    assertThat(order.readyToIssue(List.of(placement.request()))).isFalse();
    assertThatThrownBy(
            () -> order.issue(certificate(1, order.namesToIssue()), List.of(placement.request())))
        .isInstanceOf(OrderNotIssuableException.class)
        .hasMessageContaining("not approved")
        .satisfies(
            e ->
                assertThat(((OrderNotIssuableException) e).hasErrorCode(ErrorCodes.INVALID_STATUS))
                    .isTrue());
  }

  @Test
  void aPendingOrderWithAnOpenNewRequestIsNotIssued() {
    OrderPlacement placement = placed(newOrder().build());
    Order forced =
        placement.order().withStatus(OrderStatus.PENDING).checkDcv(c -> true, List.of(), CLOCK);

    assertThatThrownBy(
            () -> forced.issue(certificate(1, forced.namesToIssue()), List.of(placement.request())))
        .isInstanceOf(OrderNotIssuableException.class)
        .hasMessageContaining("new_request request 100 is still pending");
  }

  @Test
  void aNameWithoutDcvBlocksIssuance() {
    Order approved = placed(newOrder().skipApproval(true).build()).order();
    Order half = approved.passDcv("example.com", List.of(), CLOCK);

    assertThatThrownBy(() -> half.issue(certificate(1, half.namesToIssue()), List.of()))
        .isInstanceOf(OrderNotIssuableException.class)
        .hasMessageContaining("DCV is pending for www.example.com");
  }

  @Test
  void aCertificateNamingANameThatDidNotPassIsRefused() {
    Order validated = Lifecycles.validated();

    assertThatThrownBy(
            () ->
                validated.issue(certificate(1, List.of("example.com", "evil.example")), List.of()))
        .isInstanceOf(OrderNotIssuableException.class)
        .hasMessageContaining("evil.example");
    IssuedCertificate badCommonName =
        certificate(1, List.of("example.com")).toBuilder().commonName("evil.example").build();
    assertThatThrownBy(() -> validated.issue(badCommonName, List.of()))
        .isInstanceOf(OrderNotIssuableException.class);
  }

  @Test
  void anOrderWithoutNamesIsNeverReady() {
    Order nameless = Order.builder(Fixtures.ORDER_ID).status(OrderStatus.PENDING).build();

    assertThat(nameless.dcvComplete()).isFalse();
    assertThat(nameless.readyToIssue(List.of())).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"PENDING", "REISSUE_PENDING", "NEEDS_APPROVAL"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyAnOrderWaitingForACertificateIsIssued(OrderStatus status) {
    Order order = Lifecycles.validated().withStatus(status);

    assertThatThrownBy(() -> order.issue(certificate(9, order.namesToIssue()), List.of()))
        .isInstanceOf(OrderNotIssuableException.class)
        .hasMessageContaining("not waiting");
  }

  @Test
  void theCertificateRunsAtMost397DaysAndNeverPastTheOrder() {
    Order validated = Lifecycles.validated();

    ValidityPeriod first = validated.certificateValidity(NOW.plusMillis(1500));
    assertThat(first.notBefore()).isEqualTo(NOW.plusSeconds(1));
    assertThat(first.notAfter()).isEqualTo(NOW.plus(Duration.ofDays(365)));

    Order threeYears = validated.toBuilder().validity(OrderValidity.ofYears(3)).build();
    ValidityPeriod capped = threeYears.certificateValidity(NOW);
    assertThat(capped.notAfter()).isEqualTo(NOW.plus(Duration.ofDays(397)));

    Instant nearTheEnd = NOW.plus(Duration.ofDays(360));
    assertThat(validated.certificateValidity(nearTheEnd).notAfter())
        .isEqualTo(Instant.parse("2027-01-02T03:04:05Z"));
    assertThatThrownBy(() -> validated.certificateValidity(NOW.plus(Duration.ofDays(400))))
        .isInstanceOf(OrderNotIssuableException.class)
        .hasMessageContaining("validity ended");
    Order unknownValidity = Order.builder(Fixtures.ORDER_ID).build();
    assertThat(unknownValidity.certificateValidity(NOW).notAfter())
        .isEqualTo(NOW.plus(Duration.ofDays(397)));
  }

  @Test
  void issuedCertificatesAreValues() {
    IssuedCertificate certificate =
        IssuedCertificate.builder(new CertificateId(3))
            .serialNumber("0A")
            .thumbprint("AB")
            .dateIssued(NOW)
            .validity(new ValidityPeriod(NOW, NOW.plus(Duration.ofDays(10))))
            .signatureHash(SignatureHash.SHA384)
            .keySize(2048)
            .build();

    assertThat(certificate.validFrom()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(certificate.validTill()).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(certificate.daysRemaining(CLOCK)).isEqualTo(10);
    assertThat(certificate.daysRemaining(java.time.Clock.offset(CLOCK, Duration.ofDays(30))))
        .isZero();
    assertThat(certificate.toBuilder().build())
        .isEqualTo(certificate)
        .hasSameHashCodeAs(certificate);
    assertThat(certificate.toBuilder().keySize(4096).build()).isNotEqualTo(certificate);
    assertThat(certificate).isNotEqualTo("certificate");
    assertThat(certificate.toString()).contains("serial_number=0A");
    assertThat(certificate.thumbprint() + certificate.keySize()).isEqualTo("AB2048");
    assertThatThrownBy(
            () -> IssuedCertificate.builder(new CertificateId(3)).serialNumber(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                certificate.toBuilder()
                    .validFrom(LocalDate.of(2030, 1, 1))
                    .validTill(LocalDate.of(2029, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ValidityPeriod(NOW, NOW.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAnswerToAPlacementCarriesTheRequestAndACertificateIssuedAtOnce() {
    OrderPlacement placement = placed(newOrder().build());
    SubmittedOrder submitted = SubmittedOrder.of(placement.order(), placement.request());

    assertThat(submitted.orderId()).isEqualTo(Fixtures.ORDER_ID);
    assertThat(submitted.requests()).containsExactly(RequestSummary.of(placement.request()));
    assertThat(submitted.requests().get(0).status()).isEqualTo(RequestStatus.PENDING);
    assertThat(submitted.certificateId()).isEmpty();
    assertThat(SubmittedOrder.of(Lifecycles.issued(), placement.request()).certificateId())
        .contains(new CertificateId(1));
    assertThat(SubmittedOrder.builder(Fixtures.ORDER_ID).build())
        .isNotEqualTo(submitted)
        .isEqualTo(SubmittedOrder.builder(Fixtures.ORDER_ID).build());
    assertThat(submitted.hashCode())
        .isEqualTo(SubmittedOrder.of(placement.order(), placement.request()).hashCode());
    assertThat(submitted.toString()).contains(Fixtures.ORDER_ID.toString());
    assertThat(new RequestSummary(new RequestId(1), null).status())
        .isEqualTo(RequestStatus.UNKNOWN);
  }

  @Test
  void certificateIdsAreLikeTheOtherIds() {
    assertThat(CertificateId.parse("42")).isEqualTo(new CertificateId(42));
    assertThat(new CertificateId(42).toString()).isEqualTo("42");
    assertThatThrownBy(() -> new CertificateId(0)).hasMessageContaining("certificate_id");
    assertThatThrownBy(() -> CertificateId.parse("4x")).hasMessageContaining("certificate_id");
  }
}
