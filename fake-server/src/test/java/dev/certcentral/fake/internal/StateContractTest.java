package dev.certcentral.fake.internal;

import dev.certcentral.contract.CertCentralContract;
import dev.certcentral.contract.CertCentralFixture;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.state.ApiKey;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * The port contract against the in-memory state directly, without HTTP. The state is built in a
 * plain {@code @BeforeEach}, as a user of the contract kit would build theirs.
 */
class StateContractTest extends CertCentralContract {

  private State state;
  private ApiKey admin;

  @BeforeEach
  void newState() {
    state = new State(SimulatedClock.system(), Optional.empty());
    admin = state.keys().add("admin-key", KeyRole.ADMINISTRATOR, 1);
  }

  @Override
  protected CertCentralFixture fixture() {
    return new CertCentralFixture() {
      @Override
      public CertCentral certCentral() {
        return new KeySession(state.caller(admin));
      }

      @Override
      public OrderId givenOrder(OrderStatus status) {
        return new OrderFactory(state).create(1, OrderSpec.status(status)).id();
      }
    };
  }
}
