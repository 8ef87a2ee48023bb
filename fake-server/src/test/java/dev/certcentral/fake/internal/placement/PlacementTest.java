package dev.certcentral.fake.internal.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.internal.ca.Csrs;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Placing orders as each role may, over a state built in memory (no reactions wired). */
class PlacementTest {

  private static String csr;

  private State state;

  @BeforeAll
  static void csr() {
    KeyPair keys = Csrs.ec("secp256r1");
    csr = Csrs.pem(keys, "place.example", List.of("place.example"));
  }

  @BeforeEach
  void newState() {
    state = new State(SimulatedClock.system(), Optional.empty());
  }

  @Test
  void anOvOrderWithItsOrganizationIsStoredWithItsRequest() {
    SubmittedOrder placed = placement(KeyRole.USER).place(order(true, false));

    assertThat(state.account(1).findOrder(placed.orderId()).status())
        .isEqualTo(OrderStatus.NEEDS_APPROVAL);
    assertThat(placed.requests()).singleElement();
    assertThat(state.account(1).requestsOf(placed.orderId())).hasSize(1);
  }

  @Test
  void anOvOrderWithoutAnOrganizationIsRefusedBeforeAnythingIsStored() {
    assertThatThrownBy(() -> placement(KeyRole.ADMINISTRATOR).place(order(false, false)))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> {
              assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.MISSING_PARAM);
              assertThat(e.getMessage()).contains("organization.id");
            });
    assertThat(state.account(1).orders()).isEmpty();
  }

  @Test
  void aViewOnlyKeyCannotPlaceAndAUserCannotSkipApproval() {
    assertThatThrownBy(() -> placement(KeyRole.VIEW_ONLY).place(order(true, false)))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.MISSING_PERMISSION));
    assertThatThrownBy(() -> placement(KeyRole.USER).place(order(true, true)))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.MISSING_PERMISSION));
    assertThat(state.account(1).orders()).isEmpty();
  }

  private Placement placement(KeyRole role) {
    return new Placement(state.caller(state.keys().add("key-" + role.value(), role, 1)));
  }

  private static NewOrder order(boolean withOrganization, boolean skipApproval) {
    NewOrder.Builder order =
        NewOrder.builder()
            .productNameId("ssl_basic")
            .validityYears(1)
            .skipApproval(skipApproval)
            .certificate(CertificateDetails.builder().commonName("place.example").csr(csr).build());
    if (withOrganization) {
      order.organizationId(112233);
    }
    return order.build();
  }
}
