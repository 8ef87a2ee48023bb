package dev.certcentral.fake.internal.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DcvStatus;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Given orders as CertCentral would hold them in each status, without a server. */
class OrderFactoryTest {

  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  private State state;
  private Account account;

  @BeforeEach
  void newState() {
    SimulatedClock clock = SimulatedClock.system();
    clock.set(NOW);
    state = new State(clock, Optional.empty());
    account = state.account(1);
  }

  @Test
  void aValidatedOrderHasItsNamesApprovedAndItsOrganizationValidated() {
    Order order =
        create(
            OrderSpec.status(OrderStatus.WAITING_PICKUP)
                .dnsNames(List.of("example.com", "www.example.com")));

    assertThat(order.domainControls())
        .extracting(DomainControl::dnsName, DomainControl::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("example.com", DcvStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple("www.example.com", DcvStatus.APPROVED));
    assertThat(order.certificate()).isEmpty();
    List<OrganizationValidation> validations =
        account.validations(order.id()).organizationValidations();
    assertThat(validations).hasSize(1);
    OrganizationValidation ov = validations.get(0);
    assertThat(ov.status()).isEqualTo("complete");
    assertThat(ov.type()).isEqualTo("ov");
    assertThat(ov.dateCreated()).hasValueSatisfying(d -> assertThat(d).isAfterOrEqualTo(NOW));
    assertThat(ov.validatedUntil())
        .hasValueSatisfying(
            until ->
                assertThat(until).isEqualTo(ov.dateCreated().get().plus(Duration.ofDays(397))));
  }

  @Test
  void aPendingOrderWaitsOnEveryNameAndItsOrganization() {
    Order order = create(OrderSpec.status(OrderStatus.PENDING));

    assertThat(order.domainControls()).allMatch(c -> c.status() == DcvStatus.PENDING);
    assertThat(order.certificate()).isEmpty();
    OrganizationValidation ov = account.validations(order.id()).organizationValidations().get(0);
    assertThat(ov.status()).isEqualTo("pending");
    assertThat(ov.dateCreated()).isEmpty();
    assertThat(ov.validatedUntil()).isEmpty();
    assertThat(account.requestsOf(order.id())).isEmpty();
  }

  @Test
  void aPendingTokenOrderCarriesARandomValueToPublish() {
    Order order = create(OrderSpec.status(OrderStatus.PENDING).dcvMethod(DcvMethod.DNS_TXT_TOKEN));

    assertThat(order.domainControls())
        .singleElement()
        .satisfies(c -> assertThat(c.token()).hasValueSatisfying(t -> assertThat(t).hasSize(32)));
  }

  @Test
  void givenValidationsReplaceTheOnesTheStatusImplies() {
    List<OrganizationValidation> given =
        List.of(
            new OrganizationValidation(
                "ev", "EV", "Extended", Optional.empty(), Optional.empty(), "pending"));

    Order order = create(OrderSpec.status(OrderStatus.ISSUED).organizationValidations(given));

    assertThat(account.validations(order.id()).organizationValidations()).isEqualTo(given);
  }

  @Test
  void anIssuedOrderCarriesACertificateValidFromNow() {
    Order order = create(OrderSpec.status(OrderStatus.ISSUED));

    assertThat(order.certificate())
        .hasValueSatisfying(
            c -> {
              assertThat(c.validFrom()).isEqualTo(LocalDate.ofInstant(NOW, ZoneOffset.UTC));
              assertThat(c.validTill()).isAfter(LocalDate.ofInstant(NOW, ZoneOffset.UTC));
              assertThat(c.commonName()).isEqualTo(OrderSpec.DEFAULT_COMMON_NAME);
            });
  }

  @Test
  void anExpiredOrdersCertificateEndedBeforeNow() {
    Order order = create(OrderSpec.status(OrderStatus.EXPIRED));

    assertThat(order.certificate())
        .hasValueSatisfying(
            c -> assertThat(c.validTill()).isBefore(LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
  }

  @Test
  void ordersWithoutACertificateYetHaveNone() {
    for (OrderStatus status :
        List.of(OrderStatus.NEEDS_APPROVAL, OrderStatus.REJECTED, OrderStatus.CANCELED)) {
      assertThat(create(OrderSpec.status(status)).certificate()).as(status.value()).isEmpty();
    }
  }

  @Test
  void aNeedsApprovalOrderComesWithAnOpenNewCertificateRequest() {
    Order order = create(OrderSpec.status(OrderStatus.NEEDS_APPROVAL));

    assertThat(account.requestsOf(order.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo(RequestType.NEW_REQUEST);
              assertThat(r.status()).isEqualTo(RequestStatus.PENDING);
              assertThat(r.comments()).isEqualTo("New certificate.");
            });
  }

  @Test
  void aReissuePendingOrderComesWithAnOpenReissueRequest() {
    Order order = create(OrderSpec.status(OrderStatus.REISSUE_PENDING));

    List<Request> requests = account.requestsOf(order.id());
    assertThat(requests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo(RequestType.REISSUE);
              assertThat(r.status()).isEqualTo(RequestStatus.PENDING);
              assertThat(r.comments()).isEqualTo("Reissue requested.");
            });
    assertThat(order.certificate()).isPresent();
  }

  @Test
  void theOrderIsStoredInTheAccount() {
    Order order = create(OrderSpec.status(OrderStatus.ISSUED));

    assertThat(account.findOrder(order.id())).isEqualTo(order);
  }

  private Order create(OrderSpec spec) {
    return new OrderFactory(state).create(1, spec);
  }
}
