package dev.certcentral.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.port.in.CheckDcvCommand;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.core.port.in.ReissueOrderCommand;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssuanceServiceTest {

  private static final OrderId ORDER = new OrderId(77);
  private static final CertificateDetails DETAILS =
      CertificateDetails.builder()
          .commonName("shop.example")
          .dnsNames(List.of("www.shop.example"))
          .csr("csr")
          .build();

  private final ScriptedCertCentral port = new ScriptedCertCentral();
  private final IssuanceService issuance = new IssuanceService(port, port, port);
  private final CertificateService certificates = new CertificateService(port);

  @Test
  void placeCheckAndReissueGoToTheirPortsAndHandBackTheAnswers() {
    port.submitted = SubmittedOrder.builder(ORDER).build();
    port.dcvCheck = new DcvCheck("issued", Optional.of(new CertificateId(5)), "valid", List.of());
    NewOrder form =
        NewOrder.builder()
            .productNameId("ssl_basic")
            .certificate(DETAILS)
            .orderValidity(OrderValidity.ofDays(90))
            .build();

    assertThat(issuance.placeOrder(new PlaceOrderCommand(form))).isSameAs(port.submitted);
    assertThat(issuance.checkDcv(new CheckDcvCommand(ORDER))).isSameAs(port.dcvCheck);
    assertThat(issuance.reissueOrder(new ReissueOrderCommand(ORDER, DETAILS)))
        .isSameAs(port.submitted);
    assertThat(port.calls)
        .containsExactly(
            "place ssl_basic shop.example", "checkDcv 77", "reissue 77 [www.shop.example]");
  }

  @Test
  void downloadsGoByCertificateOrByOrder() {
    port.download = CertificateDownload.of(CertificateFormat.P7B, "x", new byte[] {1});

    assertThat(
            certificates.downloadCertificate(
                DownloadCertificateCommand.of(new CertificateId(9), CertificateFormat.P7B)))
        .isSameAs(port.download);
    certificates.downloadCertificate(
        DownloadCertificateCommand.ofOrder(ORDER, CertificateFormat.PEM_NOROOT));

    assertThat(port.calls)
        .containsExactly("download certificate 9 p7b", "download order 77 pem_noroot");
  }

  @Test
  void commandsRefuseWhatCannotBeSent() {
    assertThatThrownBy(
            () ->
                new DownloadCertificateCommand(
                    Optional.of(new CertificateId(1)), Optional.of(ORDER), CertificateFormat.P7B))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("either a certificate or an order");
    assertThatThrownBy(() -> new DownloadCertificateCommand(null, null, CertificateFormat.P7B))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> DownloadCertificateCommand.ofOrder(ORDER, CertificateFormat.UNKNOWN))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("format");
    assertThatThrownBy(() -> DownloadCertificateCommand.ofOrder(ORDER, null))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new PlaceOrderCommand(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ReissueOrderCommand(ORDER, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CheckDcvCommand(null)).isInstanceOf(NullPointerException.class);
  }
}
