package dev.certcentral.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
  void servicesRefuseMissingPorts() {
    assertThatThrownBy(() -> new OrderService(null, port)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RequestService(null)).isInstanceOf(NullPointerException.class);
  }
}
