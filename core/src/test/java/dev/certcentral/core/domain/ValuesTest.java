package dev.certcentral.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @Test
  void idsMustBePositive() {
    assertThatThrownBy(() -> new OrderId(0)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new RequestId(-3)).isInstanceOf(InvalidRequestException.class);
    assertThat(new OrderId(5)).hasToString("5");
    assertThat(new RequestId(6)).hasToString("6");
  }

  @Test
  void idsParseFromDecimalText() {
    assertThat(OrderId.parse("12345678")).isEqualTo(new OrderId(12345678));
    assertThat(RequestId.parse("198")).isEqualTo(new RequestId(198));
  }

  @Test
  void idBoundsAreExact() {
    assertThatThrownBy(() -> new RequestId(0)).isInstanceOf(InvalidRequestException.class);
    assertThat(new RequestId(1).value()).isEqualTo(1);
    assertThat(RequestId.parse("9").value()).isEqualTo(9);
    assertThat(OrderId.parse("100").value()).isEqualTo(100);
    assertThat(OrderId.parse("999999999999999999").value()).isEqualTo(999_999_999_999_999_999L);
    for (String beside : new String[] {"1/", "1:"}) {
      assertThatThrownBy(() -> OrderId.parse(beside)).isInstanceOf(InvalidRequestException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "00", "-1", "+1", "1.5", "12a", " 1", "1234567890123456789"})
  void badIdTextIsATypedError(String text) {
    assertThatThrownBy(() -> OrderId.parse(text))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("order_id");
    assertThatThrownBy(() -> RequestId.parse(text))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("request_id");
  }

  @Test
  void nullIdTextIsATypedError() {
    assertThatThrownBy(() -> OrderId.parse(null)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void everyWireValueRoundTrips() {
    for (OrderStatus status : OrderStatus.values()) {
      assertThat(OrderStatus.fromValue(status.value())).isEqualTo(status);
    }
    for (RequestType type : RequestType.values()) {
      assertThat(RequestType.fromValue(type.value())).isEqualTo(type);
    }
    for (RequestStatus status : RequestStatus.values()) {
      assertThat(RequestStatus.fromValue(status.value())).isEqualTo(status);
    }
  }

  @Test
  void unknownWireValuesMapToUnknownWithoutThrowing() {
    assertThat(OrderStatus.fromValue("brand_new")).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(OrderStatus.fromValue(null)).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(RequestType.fromValue("")).isEqualTo(RequestType.UNKNOWN);
    assertThat(RequestStatus.fromValue("on_hold")).isEqualTo(RequestStatus.UNKNOWN);
    assertThat(OrderStatus.fromValue("ISSUED")).isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  void requestStatusKnowsWhichAreOpen() {
    assertThat(RequestStatus.PENDING.isOpen()).isTrue();
    assertThat(RequestStatus.SUBMITTED.isOpen()).isTrue();
    assertThat(RequestStatus.APPROVED.isOpen()).isFalse();
    assertThat(RequestStatus.APPROVED.isDecided()).isTrue();
    assertThat(RequestStatus.UNKNOWN.isDecided()).isFalse();
    assertThat(RequestStatus.UNKNOWN.isOpen()).isFalse();
  }

  @Test
  void usersAndOrganizationsToleratesMissingNames() {
    User user = new User(1, null, "Smith", null);
    assertThat(user.fullName()).isEqualTo("Smith");
    assertThat(user.email()).isEmpty();
    assertThat(new Organization(1, null).name()).isEmpty();
  }

  @Test
  void orderQueryValidatesItsBounds() {
    assertThat(OrderQuery.all().limit()).isEqualTo(OrderQuery.MAX_LIMIT);
    assertThat(OrderQuery.withStatus(OrderStatus.ISSUED).status()).contains(OrderStatus.ISSUED);
    assertThat(new OrderQuery(0, 10, null).status()).isEmpty();
    assertThat(new OrderQuery(0, 1, Optional.empty()).limit()).isEqualTo(1);
    assertThatThrownBy(() -> new OrderQuery(-1, 10, Optional.empty()))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new OrderQuery(0, 0, Optional.empty()))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new OrderQuery(0, 1001, Optional.empty()))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aRequestCopiedThroughItsBuilderKeepsEveryValue() {
    Order order = Order.builder(new OrderId(7)).build();
    User alice = new User(1, "Alice", "A", "a@example.com");
    User bob = new User(2, "Bob", "B", "b@example.com");
    User carol = new User(3, "Carol", "C", "c@example.com");
    Request full =
        Request.builder(new RequestId(5), Instant.EPOCH)
            .type(RequestType.REVOKE)
            .status(RequestStatus.APPROVED)
            .comments("compromised")
            .requester(alice)
            .reviewer(bob)
            .processor(carol)
            .dateProcessed(Instant.EPOCH.plusSeconds(60))
            .processorComment("ok")
            .order(order)
            .build();

    Request copy = full.toBuilder().build();

    assertThat(copy).isEqualTo(full);
    assertThat(copy.requester()).contains(alice);
    assertThat(copy.reviewer()).contains(bob);
    assertThat(copy.processor()).contains(carol);
    assertThat(copy.dateProcessed()).contains(Instant.EPOCH.plusSeconds(60));
    assertThat(copy.processorComment()).contains("ok");
    assertThat(copy.orderId()).contains(new OrderId(7));
    Request onlyOrderId =
        Request.builder(new RequestId(6), Instant.EPOCH).orderId(new OrderId(8)).build();
    assertThat(onlyOrderId.toBuilder().build().orderId()).contains(new OrderId(8));
  }

  @Test
  void aRevokeWithApprovalDoesNotSkipIt() {
    RevokeOrderCertificatesCommand command =
        RevokeOrderCertificatesCommand.withApproval(new OrderId(3), "Key compromised");

    assertThat(command.skipApproval()).isFalse();
    assertThat(command.orderId()).isEqualTo(new OrderId(3));
    assertThat(command.comments()).isEqualTo("Key compromised");
  }

  @Test
  void validationValuesNormaliseMissingParts() {
    OrganizationValidation org = new OrganizationValidation(null, null, null, null, null, null);
    DnsNameValidation dns = new DnsNameValidation(null, null, null, null, null, null, null);
    OrderValidation validation =
        new OrderValidation(
            new OrderId(1), OrderStatus.ISSUED, null, null, List.of(org), List.of(dns));

    assertThat(org.status()).isEmpty();
    assertThat(org.dateCreated()).isEmpty();
    assertThat(org.validatedUntil()).isEmpty();
    assertThat(org.type() + org.name() + org.description()).isEmpty();
    assertThat(dns.dnsNames()).isEmpty();
    assertThat(dns.approvalExpirationDate()).isEmpty();
    assertThat(dns.domainId() + dns.nameScope() + dns.approvalScope() + dns.method()).isEmpty();
    assertThat(validation.organizationId()).isEmpty();
    assertThat(validation.organizationName()).isEmpty();
  }

  @Test
  void pagesAndOutcomesCopyAndValidate() {
    Order order = Order.builder(new OrderId(1)).build();
    OrderPage page = new OrderPage(new java.util.ArrayList<>(List.of(order)), 1, 10, 0);
    assertThat(page.orders()).containsExactly(order);
    assertThatThrownBy(() -> page.orders().add(order))
        .isInstanceOf(UnsupportedOperationException.class);

    Request request = Request.builder(new RequestId(1), Instant.EPOCH).build();
    assertThat(new RevokeOutcome.RequestCreated(new OrderId(1), request).request())
        .isEqualTo(request);
    assertThatThrownBy(() -> new RevokeOutcome.RequestCreated(new OrderId(1), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RevokeOutcome.RevokedImmediately(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RequestDecision(request, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OrderCancellation(order, null))
        .isInstanceOf(NullPointerException.class);
    assertThat(new DigiCertError("x", null).message()).isEmpty();
  }
}
