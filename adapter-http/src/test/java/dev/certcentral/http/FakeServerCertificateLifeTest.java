package dev.certcentral.http;

import dev.certcentral.contract.CertificateLifeContract;
import dev.certcentral.contract.CertificateLifeFixture;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.OrderSpec;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The certificate-life contract through the whole stack: this adapter, over loopback, to the fake
 * server, every request and answer checked against openapi/certcentral.yaml. The fake's DCV policy
 * is {@code never}: a name passes only because the fixture tells the fake's control API its token
 * is in place, as a user's test would after publishing it.
 */
class FakeServerCertificateLifeTest extends CertificateLifeContract {

  private static FakeCertCentral fake;
  private CertCentralClient client;
  private ConformanceInterceptor conformance;

  @BeforeAll
  static void start() {
    fake = FakeCertCentral.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @BeforeEach
  void connect() {
    fake.setDcvPolicy(DcvPolicy.never());
    conformance = new ConformanceInterceptor();
    // The description has one path per product it covers, as DigiCert documents one endpoint per
    // product: an unknown product has no operation to check against. Its 404 is the contract's.
    conformance.beyondDescription("POST", "/services/v2/order/certificate/" + UNKNOWN_PRODUCT);
    client = conformance.client(fake.apiKey(), fake.baseUrl());
  }

  @AfterEach
  void disconnect() {
    // The contract has ended the scenario's orders by now, inside the scenario, through this
    // client.
    client.close();
    conformance.assertConforming();
  }

  @Override
  protected CertificateLifeFixture fixture() {
    return new CertificateLifeFixture() {
      @Override
      public CertCentral certCentral() {
        return client.certCentral();
      }

      @Override
      public String domain() {
        return "life.example";
      }

      @Override
      public long organizationId() {
        return OrderSpec.DEFAULT_ORGANIZATION.id();
      }

      @Override
      public void passDcv(OrderId orderId, String dnsName) {
        fake.dcvTokenInPlace(orderId, dnsName);
      }

      @Override
      public Duration issuanceTimeout() {
        // The fake issues inside the call that completes DCV: the first poll finds it issued.
        return Duration.ofSeconds(1);
      }
    };
  }
}
