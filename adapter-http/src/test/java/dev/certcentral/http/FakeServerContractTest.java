package dev.certcentral.http;

import dev.certcentral.core.contract.CertCentralContract;
import dev.certcentral.core.contract.CertCentralFixture;
import dev.certcentral.core.contract.ManualTime;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.FakeCertCentral;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The port contract through the whole stack: this adapter, over loopback, to the fake server.
 * Passing here and against the store directly shows both HTTP layers are transparent.
 */
class FakeServerContractTest extends CertCentralContract {

  private static FakeCertCentral fake;
  private static CertCentralClient client;

  @BeforeAll
  static void start() {
    fake = FakeCertCentral.start();
    // Retries pause on a manual clock: a wrongly repeated call shows at once, never as a wait.
    ManualTime time = new ManualTime();
    client =
        CertCentralClient.builder()
            .apiKey(fake.apiKey())
            .baseUrl(fake.baseUrl())
            .clock(time)
            .sleeper(time)
            .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    fake.close();
  }

  @Override
  protected CertCentralFixture fixture() {
    return new CertCentralFixture() {
      @Override
      public CertCentral certCentral() {
        return client.certCentral();
      }

      @Override
      public OrderId givenOrder(OrderStatus status) {
        return fake.givenOrder(status);
      }
    };
  }
}
