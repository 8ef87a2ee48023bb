package com.example.orders;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import dev.certcentral.http.CertCentralClient;
import java.time.Duration;

/** What an application does with the client: cancel an order, revoke one and approve the revoke. */
public final class Lifecycle {

  private final CertCentralClient client;

  public Lifecycle(CertCentralClient client) {
    this.client = client;
  }

  /** Cancels the order and reads it back. */
  public Order cancel(OrderId order, String note) {
    client.cancelOrder(new CancelOrderCommand(order, note));
    return client.getOrder(order);
  }

  /**
   * Asks to revoke the order's certificates; the answer is the request an administrator decides.
   */
  public RequestId requestRevocation(OrderId order, String reason) {
    RevokeOutcome outcome =
        client.revokeOrderCertificates(RevokeOrderCertificatesCommand.withApproval(order, reason));
    if (outcome instanceof RevokeOutcome.RequestCreated created) {
      return created.request().id();
    }
    throw new IllegalStateException("revoked without a request: " + outcome);
  }

  /** Approves the request and waits until CertCentral shows the decision. */
  public Request approve(RequestId request, String comment) {
    client.decideRequest(DecideRequestCommand.approve(request, comment));
    return client.awaitDecision(AwaitDecisionCommand.of(request, Duration.ofSeconds(10)));
  }
}
