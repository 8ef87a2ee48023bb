package dev.certcentral.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import dev.certcentral.core.port.in.AwaitIssuanceCommand;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.CheckDcvCommand;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.core.port.in.ReissueOrderCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertCentralServiceTest {

  private static final OrderId ORDER = new OrderId(7);
  private static final RequestId REQUEST = new RequestId(9);

  private final ScriptedCertCentral port = new ScriptedCertCentral();
  private final CertCentralService service = CertCentralService.over(port);

  @Test
  void commandsAreCheckedBeforeAnyCall() {
    assertThatThrownBy(() -> service.cancelOrder(new CancelOrderCommand(ORDER, " ")))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                service.revokeOrderCertificates(
                    RevokeOrderCertificatesCommand.withApproval(ORDER, null)))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(port.calls).isEmpty();
  }

  @Test
  void writesAreDelegatedWithTheirParameters() {
    RevokeOutcome created =
        new RevokeOutcome.RequestCreated(
            ORDER, Request.builder(REQUEST, Instant.EPOCH).orderId(ORDER).build());
    port.revokeOutcome = created;

    service.cancelOrder(new CancelOrderCommand(ORDER, "no longer needed"));
    RevokeOutcome outcome =
        service.revokeOrderCertificates(new RevokeOrderCertificatesCommand(ORDER, "why", true));
    service.decideRequest(DecideRequestCommand.approve(REQUEST, "fine"));
    service.decideRequest(DecideRequestCommand.reject(REQUEST, null));

    assertThat(outcome).isSameAs(created);
    assertThat(port.calls)
        .containsExactly(
            "cancel 7 no longer needed",
            "revoke 7 why true",
            "decide 9 APPROVE fine",
            "decide 9 REJECT ");
  }

  @Test
  void readsAreDelegated() {
    port.order = Order.builder(ORDER).status(OrderStatus.ISSUED).build();
    port.page = new OrderPage(List.of(port.order), 1, 1000, 0);
    port.validation =
        new OrderValidation(ORDER, OrderStatus.ISSUED, "1", "Org", List.of(), List.of());
    port.requestAnswers.add(Request.builder(REQUEST, Instant.EPOCH).build());

    assertThat(service.getOrder(ORDER)).isSameAs(port.order);
    assertThat(service.listOrders(OrderQuery.all())).isSameAs(port.page);
    assertThat(service.getValidationStatus(ORDER)).isSameAs(port.validation);
    assertThat(service.getRequest(REQUEST).id()).isEqualTo(REQUEST);
    assertThat(service.listRequests()).hasSize(1);
    assertThat(port.calls)
        .containsExactly(
            "getOrder 7", "listOrders 0/1000", "validation 7", "getRequest 9", "listRequests");
  }

  @Test
  void awaitDecisionIsWired() {
    port.requestAnswers.add(
        Request.builder(REQUEST, Instant.EPOCH).status(RequestStatus.APPROVED).build());

    Request decided =
        service.awaitDecision(AwaitDecisionCommand.of(REQUEST, Duration.ofSeconds(1)));

    assertThat(decided.status()).isEqualTo(RequestStatus.APPROVED);
  }

  @Test
  void theCertificateLifeIsWired() {
    CertificateDetails details =
        CertificateDetails.builder()
            .commonName("shop.example")
            .dnsNames(List.of("shop.example"))
            .csr("csr")
            .build();
    port.submitted = SubmittedOrder.builder(ORDER).build();
    port.dcvCheck = new DcvCheck("issued", Optional.of(new CertificateId(5)), "valid", List.of());
    port.download = CertificateDownload.of(CertificateFormat.P7B, "x", new byte[] {1});
    port.order =
        Order.builder(ORDER)
            .status(OrderStatus.ISSUED)
            .certificate(
                IssuedCertificate.builder(new CertificateId(5))
                    .serialNumber("01")
                    .dateIssued(Instant.EPOCH)
                    .validFrom(LocalDate.EPOCH)
                    .validTill(LocalDate.EPOCH)
                    .build())
            .build();
    NewOrder form =
        NewOrder.builder()
            .productNameId("ssl_basic")
            .certificate(details)
            .orderValidity(OrderValidity.ofDays(90))
            .build();

    assertThat(service.placeOrder(new PlaceOrderCommand(form))).isSameAs(port.submitted);
    assertThat(service.checkDcv(new CheckDcvCommand(ORDER))).isSameAs(port.dcvCheck);
    assertThat(service.awaitIssuance(AwaitIssuanceCommand.of(ORDER, Duration.ofSeconds(1))))
        .isSameAs(port.order);
    assertThat(
            service.downloadCertificate(
                DownloadCertificateCommand.ofOrder(ORDER, CertificateFormat.P7B)))
        .isSameAs(port.download);
    assertThat(service.reissueOrder(new ReissueOrderCommand(ORDER, details)))
        .isSameAs(port.submitted);
    assertThat(port.calls)
        .containsExactly(
            "place ssl_basic shop.example",
            "checkDcv 7",
            "getOrder 7",
            "download order 7 p7b",
            "reissue 7 [shop.example]");
  }

  @Test
  void servicesRefuseMissingPorts() {
    assertThatThrownBy(() -> new OrderService(null, port)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RequestService(null)).isInstanceOf(NullPointerException.class);
  }
}
