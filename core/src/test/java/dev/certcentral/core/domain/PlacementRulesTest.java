package dev.certcentral.core.domain;

import static dev.certcentral.core.domain.Fixtures.CLOCK;
import static dev.certcentral.core.domain.Fixtures.CSR;
import static dev.certcentral.core.domain.Fixtures.NOW;
import static dev.certcentral.core.domain.Fixtures.ORDER_ID;
import static dev.certcentral.core.domain.Fixtures.REQUESTER;
import static dev.certcentral.core.domain.Fixtures.TOKEN;
import static dev.certcentral.core.domain.Fixtures.newOrder;
import static dev.certcentral.core.domain.Fixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlacementRulesTest {

  @Test
  void withoutSkipApprovalTheOrderNeedsApprovalOnAPendingNewRequest() {
    OrderPlacement placement = placed(newOrder().comments("for the shop").build());

    Order order = placement.order();
    assertThat(order.id()).isEqualTo(ORDER_ID);
    assertThat(order.status()).isEqualTo(OrderStatus.NEEDS_APPROVAL);
    assertThat(order.productNameId()).isEqualTo("ssl_basic");
    assertThat(order.organization()).map(Organization::id).contains(112233L);
    assertThat(order.validity()).contains(OrderValidity.ofYears(1));
    assertThat(order.validityYears()).isEqualTo(1);
    assertThat(order.dateCreated()).contains(NOW);
    assertThat(order.csr()).isEqualTo(CSR);
    assertThat(order.signatureHash()).contains(SignatureHash.SHA256);
    assertThat(order.dcvMethod()).contains(DcvMethod.DNS_TXT_TOKEN);
    assertThat(order.certificate()).isEmpty();
    Request request = placement.request();
    assertThat(request.type()).isEqualTo(RequestType.NEW_REQUEST);
    assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(request.orderId()).contains(ORDER_ID);
    assertThat(request.requester()).contains(REQUESTER);
    assertThat(request.comments()).isEqualTo("for the shop");
    assertThat(request.dateProcessed()).isEmpty();
  }

  @Test
  void skipApprovalMakesAPendingOrderWithAnApprovedRequest() {
    OrderPlacement placement = placed(newOrder().skipApproval(true).build());

    assertThat(placement.order().status()).isEqualTo(OrderStatus.PENDING);
    assertThat(placement.request().status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(placement.request().dateProcessed()).contains(NOW);
    assertThat(placement.request().reviewer()).contains(REQUESTER);
  }

  @Test
  void theCommonNameNeedNotBeAmongTheDnsNamesAndEachNameIsSecuredOnce() {
    NewOrder form =
        newOrder()
            .certificate(
                CertificateDetails.builder()
                    .commonName("Example.COM")
                    .dnsNames(List.of("sub.example.com", "example.com", "SUB.example.com"))
                    .csr(CSR)
                    .build())
            .build();

    Order order = placed(form).order();

    assertThat(form.certificate().dnsNames()).containsExactly("sub.example.com", "example.com");
    assertThat(order.commonName()).isEqualTo("example.com");
    assertThat(order.dnsNames()).containsExactly("example.com", "sub.example.com");
    assertThat(order.securedNames()).containsExactly("example.com", "sub.example.com");
    assertThat(order.domainControls())
        .extracting(DomainControl::dnsName)
        .containsExactly("example.com", "sub.example.com");
  }

  @Test
  void everyNameStartsWithAPendingControlCarryingTheOrdersToken() {
    Order order = placed(newOrder().build()).order();

    assertThat(order.domainControls())
        .allSatisfy(
            control -> {
              assertThat(control.status()).isEqualTo(DcvStatus.PENDING);
              assertThat(control.method()).isEqualTo(DcvMethod.DNS_TXT_TOKEN);
              assertThat(control.token()).contains(TOKEN);
              assertThat(control.dateApproved()).isEmpty();
            });
    assertThat(order.pendingDomains()).containsExactly("example.com", "www.example.com");
    assertThat(order.dcvComplete()).isFalse();
  }

  @Test
  void emailControlsCarryNoTokenAndNeedNone() {
    OrderPlacement placement =
        Order.place(
            ORDER_ID,
            newOrder().dcvMethod("email").build(),
            new RequestId(1),
            REQUESTER,
            null,
            CLOCK);

    assertThat(placement.order().domainControls()).allMatch(c -> c.token().isEmpty());
  }

  @Test
  void aTokenMethodWithoutATokenIsAProgrammingError() {
    NewOrder form = newOrder().dcvMethod(DcvMethod.HTTP_TOKEN).build();

    assertThatThrownBy(() -> Order.place(ORDER_ID, form, new RequestId(1), REQUESTER, " ", CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http-token");
  }

  @Test
  void defaultsAreSha256EmailAndNoComments() {
    NewOrder form =
        NewOrder.builder()
            .productNameId("ssl_plus")
            .certificate(
                CertificateDetails.builder()
                    .commonName("a.example")
                    .csr(CSR)
                    .signatureHash((String) null)
                    .build())
            .validityYears(2)
            .dcvMethod(" ")
            .build();

    assertThat(form.dcvMethod()).isEqualTo(DcvMethod.EMAIL);
    assertThat(form.certificate().signatureHash()).isEqualTo(SignatureHash.SHA256);
    assertThat(form.certificate().serverPlatformId()).isEqualTo(-1);
    assertThat(form.comments()).isEmpty();
    assertThat(form.organizationId()).isEmpty();
    assertThat(form.validity()).isEqualTo(OrderValidity.ofYears(2));
    assertThat(form.skipApproval()).isFalse();
  }

  @Test
  void theLegacyValidityYearsBecomesAnOrderValidityInYears() {
    assertThat(newOrder().orderValidity(null).validityYears(3).build().validity())
        .isEqualTo(OrderValidity.ofYears(3));
  }

  @Test
  void refusalsNameTheFieldWithDigiCertShapedCodes() {
    assertRefused(
        () -> newOrder().productNameId(" ").build(), ErrorCodes.MISSING_PARAM, "product_name_id");
    assertRefused(
        () -> newOrder().certificate(null).build(), ErrorCodes.MISSING_PARAM, "certificate");
    assertRefused(
        () -> newOrder().certificate(CertificateDetails.builder().csr(CSR).build()).build(),
        ErrorCodes.MISSING_PARAM,
        "certificate.common_name");
    assertRefused(
        () -> CertificateDetails.builder().commonName("example.com").build(),
        ErrorCodes.MISSING_PARAM,
        "certificate.csr");
    assertRefused(
        () -> newOrder().organizationId(0).build(), ErrorCodes.INVALID_PARAM, "organization.id");
    assertRefused(
        () -> newOrder().orderValidity(null).build(), ErrorCodes.MISSING_PARAM, "order_validity");
    assertRefused(
        () -> newOrder().validityYears(1).build(), ErrorCodes.INVALID_PARAM, "validity_years");
    assertRefused(
        () -> newOrder().orderValidity(null).validityYears(4).build(),
        "invalid_value:validity_years",
        "validity_years");
    assertRefused(
        () -> newOrder().dcvMethod("carrier-pigeon").build(),
        ErrorCodes.INVALID_PARAM,
        "carrier-pigeon");
    assertRefused(
        () -> CertificateDetails.builder().csr(CSR).signatureHash("md5").build(),
        ErrorCodes.INVALID_PARAM,
        "md5");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "exa mple.com",
        "-lead.example.com",
        "trail-.example.com",
        "a..b",
        "*",
        "a.*.b",
        ""
      })
  void namesThatAreNotDnsNamesAreRefused(String name) {
    assertRefused(
        () -> CertificateDetails.builder().csr(CSR).dnsNames(List.of(name)).build(),
        ErrorCodes.INVALID_PARAM,
        "certificate.dns_names");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*.example.com", "xn--bcher-kva.example", "a-b.c0", "localhost"})
  void wildcardsAndPunycodeAreDnsNames(String name) {
    assertThat(CertificateDetails.builder().csr(CSR).commonName(name).build().commonName())
        .isEqualTo(name);
  }

  @Test
  void validityIsInYearsOrDaysWithinAPlansRange() {
    assertThat(OrderValidity.ofDays(90).days()).isEqualTo(90);
    assertRefused(() -> new OrderValidity(1, 30), ErrorCodes.INVALID_PARAM, "exactly one");
    assertRefused(() -> new OrderValidity(0, 0), ErrorCodes.INVALID_PARAM, "exactly one");
    // DigiCert's code names the unit, whether it came in order_validity or at the root.
    assertRefused(() -> OrderValidity.ofYears(4), "invalid_value:validity_years", "years");
    assertRefused(() -> OrderValidity.ofYears(-1), "invalid_value:validity_years", "years");
    assertRefused(() -> OrderValidity.ofDays(1097), "invalid_value:validity_days", "days");
    Instant leapDay = Instant.parse("2028-02-29T10:00:00Z");
    assertThat(OrderValidity.ofYears(1).endFrom(leapDay))
        .isEqualTo(Instant.parse("2029-02-28T10:00:00Z"));
    assertThat(OrderValidity.ofDays(2).endFrom(leapDay))
        .isEqualTo(Instant.parse("2028-03-02T10:00:00Z"));
  }

  @Test
  void formsAndDetailsAreValuesThatRoundTrip() {
    NewOrder form = newOrder().build();
    CertificateDetails details = form.certificate();

    assertThat(newOrder().build()).isEqualTo(form).hasSameHashCodeAs(form);
    assertThat(details.toBuilder().build()).isEqualTo(details).hasSameHashCodeAs(details);
    assertThat(details.toBuilder().serverPlatformId(2).build()).isNotEqualTo(details);
    assertThat(newOrder().skipApproval(true).build()).isNotEqualTo(form);
    assertThat(form).isNotEqualTo("form");
    assertThat(details.toString()).contains("example.com").doesNotContain("MIIB");
    assertThat(form.toString()).contains("ssl_basic", "dns-txt-token");
  }

  private static void assertRefused(Supplier<?> build, String code, String mentioned) {
    assertThatThrownBy(build::get)
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e -> {
              CertCentralException refused = (CertCentralException) e;
              assertThat(refused.primaryErrorCode()).isEqualTo(code);
              assertThat(refused.getMessage()).contains(mentioned);
            });
  }
}
