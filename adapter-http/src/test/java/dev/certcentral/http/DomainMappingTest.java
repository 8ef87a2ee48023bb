package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.CertCentralException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each optional field of each mapping, present, null and absent, read as the domain says. */
class DomainMappingTest {

  private static final String T1 = "2030-01-01T00:00:00+00:00";
  private static final String T2 = "2030-02-01T12:00:00-05:00";

  private static Wire.OrderDto order(
      Wire.CertificateDto certificate,
      String dateCreated,
      Wire.OrganizationDto organization,
      Integer years,
      Wire.ProductDto product,
      String productNameId) {
    return new Wire.OrderDto(
        "7",
        certificate,
        "issued",
        dateCreated,
        organization,
        years,
        product,
        productNameId,
        null,
        null);
  }

  private static Wire.CertificateDto certificate(
      String dateCreated, Wire.OrganizationDto organization) {
    return new Wire.CertificateDto(
        "11",
        "shop.example",
        List.of("shop.example", "www.shop.example"),
        dateCreated,
        organization,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Wire.RequestDto request(
      String id, String dateProcessed, Wire.UserDto user, Wire.OrderDto order, String comment) {
    return new Wire.RequestDto(
        id, T1, "revoke", "approved", dateProcessed, user, user, user, order, "c", comment);
  }

  @Test
  void anOrderPrefersItsOwnFieldsOverTheCertificates() {
    Order order =
        DomainMapping.order(
            order(
                certificate(T2, new Wire.OrganizationDto("2", "Cert Org")),
                T1,
                new Wire.OrganizationDto("1", "Order Org"),
                2,
                new Wire.ProductDto("ssl_basic"),
                "ssl_plus"));

    assertThat(order.id()).isEqualTo(new OrderId(7));
    assertThat(order.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(order.organization()).contains(new Organization(1, "Order Org"));
    assertThat(order.dateCreated()).contains(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(order.productNameId()).isEqualTo("ssl_plus");
    assertThat(order.validityYears()).isEqualTo(2);
    assertThat(order.commonName()).isEqualTo("shop.example");
    assertThat(order.dnsNames()).containsExactly("shop.example", "www.shop.example");
  }

  @Test
  void anOrderFallsBackToTheCertificatesFields() {
    Order order =
        DomainMapping.order(
            order(
                certificate(T2, new Wire.OrganizationDto("2", "Cert Org")),
                null,
                null,
                null,
                new Wire.ProductDto("ssl_basic"),
                null));

    assertThat(order.organization()).contains(new Organization(2, "Cert Org"));
    assertThat(order.dateCreated()).contains(Instant.parse("2030-02-01T17:00:00Z"));
    assertThat(order.productNameId()).isEqualTo("ssl_basic");
    assertThat(order.validityYears()).isZero();
  }

  @Test
  void anOrderWithoutCertificateOrProductHasEmptyValues() {
    Order order = DomainMapping.order(order(null, null, null, null, null, null));

    assertThat(order.commonName()).isEmpty();
    assertThat(order.dnsNames()).isEmpty();
    assertThat(order.organization()).isEmpty();
    assertThat(order.dateCreated()).isEmpty();
    assertThat(order.productNameId()).isEmpty();
  }

  @Test
  void anOrganizationWithoutIdIsNone() {
    Order order =
        DomainMapping.order(
            order(
                certificate(null, null),
                "",
                new Wire.OrganizationDto(null, "No id"),
                null,
                null,
                null));

    assertThat(order.organization()).isEmpty();
    assertThat(order.dateCreated()).isEmpty();
  }

  @Test
  void missingOrImpossibleIdsAndStatusesAreMalformed() {
    for (String id : new String[] {null, "0", "-1", "x", "99999999999999999999"}) {
      Wire.OrderDto dto =
          new Wire.OrderDto(id, null, "issued", null, null, null, null, null, null, null);
      assertThatThrownBy(() -> DomainMapping.order(dto))
          .as(id)
          .isExactlyInstanceOf(CertCentralException.class)
          .hasMessageContaining("order id");
    }
    assertThatThrownBy(
            () ->
                DomainMapping.order(
                    new Wire.OrderDto("7", null, null, null, null, null, null, null, null, null)))
        .hasMessageContaining("order status is missing");
    assertThatThrownBy(() -> DomainMapping.order(order(null, "yesterday", null, null, null, null)))
        .hasMessageContaining("date_created")
        .hasMessageContaining("yesterday");
  }

  @Test
  void aPageUsesWhatCertCentralSaysAndTheQueryForWhatItLeavesOut() {
    Wire.OrderDto one = order(null, null, null, null, null, null);
    OrderPage told =
        DomainMapping.orderPage(
            new Wire.OrderListDto(List.of(one), new Wire.PageDto(40, 20, 20)), 5, 0);
    OrderPage partial =
        DomainMapping.orderPage(
            new Wire.OrderListDto(List.of(one), new Wire.PageDto(null, null, 20)), 5, 0);
    OrderPage none = DomainMapping.orderPage(new Wire.OrderListDto(null, null), 5, 10);

    assertThat(told).extracting("total", "limit", "offset").containsExactly(40, 20, 20);
    assertThat(partial).extracting("total", "limit", "offset").containsExactly(1, 5, 20);
    assertThat(none.orders()).isEmpty();
    assertThat(none).extracting("total", "limit", "offset").containsExactly(0, 5, 10);
    assertThat(
            DomainMapping.orderPage(
                new Wire.OrderListDto(List.of(one), new Wire.PageDto(3, null, null)), 5, 10))
        .extracting("total", "limit", "offset")
        .containsExactly(3, 5, 10);
  }

  @Test
  void aListHoldingNullIsMalformed() {
    assertThatThrownBy(
            () ->
                DomainMapping.orderPage(
                    new Wire.OrderListDto(Arrays.asList((Wire.OrderDto) null), null), 5, 0))
        .isExactlyInstanceOf(CertCentralException.class)
        .hasMessageContaining("null");
  }

  @Test
  void aRequestWithEveryOptionalFieldKeepsThem() {
    Wire.UserDto user = new Wire.UserDto("3", "Ada", "Lovelace", "ada@example.com");
    Request request =
        DomainMapping.request(
            request("9", T2, user, order(null, null, null, null, null, null), "done"),
            Optional.of(new OrderId(1)));

    User expected = new User(3, "Ada", "Lovelace", "ada@example.com");
    assertThat(request.id()).isEqualTo(new RequestId(9));
    assertThat(request.requester()).contains(expected);
    assertThat(request.reviewer()).contains(expected);
    assertThat(request.processor()).contains(expected);
    assertThat(request.dateProcessed()).contains(Instant.parse("2030-02-01T17:00:00Z"));
    assertThat(request.processorComment()).contains("done");
    assertThat(request.comments()).isEqualTo("c");
    assertThat(request.orderId()).contains(new OrderId(7));
    assertThat(request.order()).isPresent();
  }

  @Test
  void aRequestWithoutOptionalFieldsHasNoneAndTheKnownOrder() {
    Request known =
        DomainMapping.request(request("9", null, null, null, null), Optional.of(new OrderId(1)));
    Request unknown = DomainMapping.request(request("9", "", null, null, null), Optional.empty());

    assertThat(known.requester()).isEmpty();
    assertThat(known.reviewer()).isEmpty();
    assertThat(known.processor()).isEmpty();
    assertThat(known.dateProcessed()).isEmpty();
    assertThat(known.processorComment()).isEmpty();
    assertThat(known.orderId()).contains(new OrderId(1));
    assertThat(known.order()).isEmpty();
    assertThat(unknown.orderId()).isEmpty();
    assertThat(unknown.dateProcessed()).isEmpty();
  }

  @Test
  void aUserWithoutIdIsUserZeroAndABadUserIdIsMalformed() {
    Request request =
        DomainMapping.request(
            request("9", null, new Wire.UserDto(null, "A", "B", null), null, null),
            Optional.empty());

    assertThat(request.requester().orElseThrow().id()).isZero();
    assertThatThrownBy(
            () ->
                DomainMapping.request(
                    request("9", null, new Wire.UserDto("0", "A", "B", null), null, null),
                    Optional.empty()))
        .hasMessageContaining("user id");
  }

  @Test
  void aRequestNeedsIdDateTypeAndStatus() {
    Wire.RequestDto full = request("9", null, null, null, null);
    List<Wire.RequestDto> broken =
        List.of(
            new Wire.RequestDto(
                null, T1, "revoke", "pending", null, null, null, null, null, "", null),
            new Wire.RequestDto(
                "9", null, "revoke", "pending", null, null, null, null, null, "", null),
            new Wire.RequestDto("9", T1, null, "pending", null, null, null, null, null, "", null),
            new Wire.RequestDto("9", T1, "revoke", null, null, null, null, null, null, "", null));

    assertThat(DomainMapping.request(full, Optional.empty()).id()).isEqualTo(new RequestId(9));
    for (Wire.RequestDto dto : broken) {
      assertThatThrownBy(() -> DomainMapping.request(dto, Optional.empty()))
          .isExactlyInstanceOf(CertCentralException.class)
          .hasMessageContaining("missing");
    }
  }

  @Test
  void aValidationWithoutListsHasEmptyOnesAndReadsItsDates() {
    OrderValidation bare =
        DomainMapping.validation(new Wire.ValidationDto("5", "pending", null, null, null, null));
    OrderValidation full =
        DomainMapping.validation(
            new Wire.ValidationDto(
                "5",
                "issued",
                "11",
                "Org",
                List.of(new Wire.OrganizationValidationDto("ov", "Org", "d", T1, T2, "active")),
                List.of(
                    new Wire.DnsNameValidationDto(
                        "8", "shop.example", "domain", "active", "dns-txt-token", null, T2))));

    assertThat(bare.orderId()).isEqualTo(new OrderId(5));
    assertThat(bare.organizationValidations()).isEmpty();
    assertThat(bare.dnsNameValidations()).isEmpty();
    assertThat(full.organizationValidations().get(0).dateCreated())
        .contains(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(full.organizationValidations().get(0).validatedUntil())
        .contains(Instant.parse("2030-02-01T17:00:00Z"));
    assertThat(full.dnsNameValidations().get(0).approvalExpirationDate())
        .contains(Instant.parse("2030-02-01T17:00:00Z"));
  }
}
