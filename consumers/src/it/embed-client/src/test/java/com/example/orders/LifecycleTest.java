package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.http.CertCentralClient;
import org.junit.jupiter.api.Test;

/** The application against an in-process fake, over real HTTP on a free port. */
class LifecycleTest {

  @Test
  void cancelsRevokesAndApproves() {
    try (FakeCertCentral fake = FakeCertCentral.start();
        CertCentralClient client =
            CertCentralClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
      Lifecycle lifecycle = new Lifecycle(client);
      OrderId pending = fake.givenOrder(OrderStatus.PENDING);
      OrderId issued = fake.givenOrder(OrderStatus.ISSUED);

      assertEquals(OrderStatus.CANCELED, lifecycle.cancel(pending, "not needed").status());

      RequestId revoke = lifecycle.requestRevocation(issued, "Key compromised");
      assertEquals(OrderStatus.ISSUED, client.getOrder(issued).status());

      Request decided = lifecycle.approve(revoke, "Confirmed with the owner");
      assertEquals(RequestStatus.APPROVED, decided.status());
      assertTrue(decided.dateProcessed().isPresent());
      assertEquals(OrderStatus.REVOKED, client.getOrder(issued).status());
    }
  }
}
