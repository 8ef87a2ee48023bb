package dev.certcentral.fake.store;

import dev.certcentral.contract.CertCentralContract;
import dev.certcentral.contract.CertCentralFixture;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.port.out.CertCentral;
import org.junit.jupiter.api.BeforeEach;

/**
 * The port contract against the in-memory store directly, without HTTP. The store is built in a
 * plain {@code @BeforeEach}, as a user of the contract kit would build theirs.
 */
class StoreContractTest extends CertCentralContract {

  private CertCentralStore store;
  private ApiKey admin;

  @BeforeEach
  void newStore() {
    store = new CertCentralStore(SimulatedClock.system());
    admin = store.addApiKey("admin-key", KeyRole.ADMINISTRATOR, 1);
  }

  @Override
  protected CertCentralFixture fixture() {
    return new CertCentralFixture() {
      @Override
      public CertCentral certCentral() {
        return store.as(admin);
      }

      @Override
      public OrderId givenOrder(OrderStatus status) {
        return store.createOrder(1, OrderSeed.withStatus(status)).id();
      }
    };
  }
}
