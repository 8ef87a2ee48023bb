package dev.certcentral.http;

import dev.certcentral.contract.CertCentralContract;
import dev.certcentral.contract.CertCentralFixture;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.FakeCertCentral;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The port contract through the whole stack: this adapter, over loopback, to the fake server.
 * Passing here and against the store directly shows both HTTP layers are transparent. Every request
 * the client sends and every answer the fake gives is checked against openapi/certcentral.yaml on
 * the way.
 */
class FakeServerContractTest extends CertCentralContract {

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

  // A plain @BeforeEach: the contract asks for its fixture only inside the scenario.
  @BeforeEach
  void connect() {
    conformance = new ConformanceInterceptor();
    client = conformance.client(fake.apiKey(), fake.baseUrl());
  }

  @AfterEach
  void disconnect() {
    client.close();
    conformance.assertConforming();
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
