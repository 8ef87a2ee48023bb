package dev.certcentral.fake.internal.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders as one caller sees them, over a state built in memory: list, cancel, validation. */
class OrdersTest {

  private State state;
  private Orders admin;

  @BeforeEach
  void newState() {
    state = new State(SimulatedClock.system(), Optional.empty());
    admin = orders(KeyRole.ADMINISTRATOR);
  }

  @Test
  void aPageCountsEveryMatchingOrderAndHoldsOnlyItsSlice() {
    OrderId first = given(OrderSpec.status(OrderStatus.ISSUED));
    given(OrderSpec.status(OrderStatus.PENDING));
    OrderId third = given(OrderSpec.status(OrderStatus.ISSUED));
    given(OrderSpec.status(OrderStatus.ISSUED));

    var page = admin.list(new OrderQuery(1, 2, Optional.of(OrderStatus.ISSUED)));

    assertThat(page.orders())
        .extracting(Order::id)
        .containsExactly(third, new OrderId(third.value() + 1));
    assertThat(page.total()).isEqualTo(3);
    assertThat(admin.list(OrderQuery.all()).orders()).extracting(Order::id).startsWith(first);
    var sorted =
        admin.list(
            new OrderListQuery(new OrderQuery(0, 1, Optional.empty()), Map.of(), List.of("-id")));
    assertThat(sorted.orders())
        .extracting(Order::id)
        .containsExactly(new OrderId(third.value() + 1));
    assertThat(sorted.total()).isEqualTo(4);
  }

  @Test
  void aViewOnlyKeyCannotCancelAndTheOrderStaysAsItWas() {
    OrderId id = given(OrderSpec.status(OrderStatus.PENDING));

    assertThatThrownBy(() -> orders(KeyRole.VIEW_ONLY).cancel(id, "no"))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.MISSING_PERMISSION));
    assertThat(admin.get(id).status()).isEqualTo(OrderStatus.PENDING);
  }

  @Test
  void aUserKeyCancelsAPendingOrder() {
    OrderId id = given(OrderSpec.status(OrderStatus.PENDING));

    orders(KeyRole.USER).cancel(id, "not needed");

    assertThat(admin.get(id).status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  void theValidationShowsTheOrdersOrganizationAndStatus() {
    OrderId id =
        given(
            OrderSpec.status(OrderStatus.ISSUED).organization(new Organization(4242, "Acme Ltd")));

    OrderValidation validation = admin.validation(id);

    assertThat(validation.orderId()).isEqualTo(id);
    assertThat(validation.orderStatus()).isEqualTo(OrderStatus.ISSUED);
    assertThat(validation.organizationId()).isEqualTo("4242");
    assertThat(validation.organizationName()).isEqualTo("Acme Ltd");
    assertThat(validation.organizationValidations())
        .singleElement()
        .extracting("status")
        .isEqualTo("complete");
  }

  @Test
  void domainValidationsFollowTheDomainControlsWithOneIdPerDomain() {
    OrderId issued =
        given(
            OrderSpec.status(OrderStatus.ISSUED)
                .commonName("example.com")
                .dnsNames(List.of("example.com", "*.shop.example.com")));
    OrderId pending = given(OrderSpec.status(OrderStatus.PENDING).commonName("example.com"));

    List<DnsNameValidation> domains = admin.validation(issued).dnsNameValidations();

    assertThat(domains)
        .extracting(DnsNameValidation::nameScope)
        .containsExactly("example.com", "shop.example.com");
    assertThat(domains.get(1).dnsNames()).containsExactly("*.shop.example.com");
    assertThat(domains)
        .allSatisfy(
            d -> {
              assertThat(d.domainId()).matches("[0-9]+");
              assertThat(d.status()).isEqualTo("approved");
              assertThat(d.method()).isEqualTo("email");
              assertThat(d.approvalScope()).isEqualTo("domain");
            });
    assertThat(domains.get(0).domainId()).isNotEqualTo(domains.get(1).domainId());
    Order order = admin.get(issued);
    assertThat(domains.get(0).approvalExpirationDate())
        .contains(
            order
                .domainControls()
                .get(0)
                .dateApproved()
                .orElseThrow()
                .plus(Duration.ofDays(OrderValidity.MAX_CERTIFICATE_DAYS)));

    // The same domain keeps its id in another order; a pending one has no approval to expire.
    DnsNameValidation again = admin.validation(pending).dnsNameValidations().get(0);
    assertThat(again.domainId()).isEqualTo(domains.get(0).domainId());
    assertThat(again.status()).isEqualTo("pending");
    assertThat(again.approvalExpirationDate()).isEmpty();
  }

  @Test
  void givenDomainValidationsAreShownAsGiven() {
    DnsNameValidation given =
        new DnsNameValidation(
            "77",
            "example.com",
            "subdomains",
            "approved",
            "dns-txt-token",
            List.of("example.com"),
            Optional.empty());
    OrderId id = given(OrderSpec.status(OrderStatus.ISSUED).dnsNameValidations(List.of(given)));

    assertThat(admin.validation(id).dnsNameValidations()).containsExactly(given);
  }

  private OrderId given(OrderSpec spec) {
    return new OrderFactory(state).create(1, spec).id();
  }

  private Orders orders(KeyRole role) {
    return new Orders(state.caller(state.keys().add("key-" + role.value(), role, 1)));
  }
}
