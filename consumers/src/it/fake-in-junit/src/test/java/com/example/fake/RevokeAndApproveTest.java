package com.example.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import dev.certcentral.http.CertCentralClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A revoke waits for an administrator; approving it revokes the order, as CertCentral does. */
@ExtendWith(FakeCertCentralExtension.class)
class RevokeAndApproveTest {

  @Test
  void revokesOnlyOnceApproved(FakeCertCentral fake) {
    OrderId order = fake.givenOrder(OrderStatus.ISSUED);
    try (CertCentralClient client =
        CertCentralClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
      RevokeOutcome outcome =
          client.revokeOrderCertificates(
              RevokeOrderCertificatesCommand.withApproval(order, "Key compromised"));
      Request request = assertInstanceOf(RevokeOutcome.RequestCreated.class, outcome).request();
      assertEquals(OrderStatus.ISSUED, client.getOrder(order).status());

      client.decideRequest(DecideRequestCommand.approve(request.id(), "Confirmed"));
      Request decided =
          client.awaitDecision(AwaitDecisionCommand.of(request.id(), Duration.ofSeconds(10)));

      assertEquals(RequestStatus.APPROVED, decided.status());
      assertTrue(decided.dateProcessed().isPresent());
      assertEquals(OrderStatus.REVOKED, client.getOrder(order).status());
    }
  }
}
