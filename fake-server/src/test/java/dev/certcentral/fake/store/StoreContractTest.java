package dev.certcentral.fake.store;

import dev.certcentral.core.contract.CertCentralContract;
import dev.certcentral.core.contract.CertCentralFixture;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.port.out.CertCentral;

/** The port contract against the in-memory store directly, without HTTP. */
class StoreContractTest extends CertCentralContract {

  @Override
  protected CertCentralFixture fixture() {
    CertCentralStore store = new CertCentralStore(SimulatedClock.system());
    ApiKey admin = store.addApiKey("admin-key", KeyRole.ADMINISTRATOR, 1);
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
