package com.example.orders;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.http.CertCentralClient;

/**
 * The application, run by the build as production runs it: on the client's dependencies alone,
 * against the CertCentral that DIGICERT_BASE_URL names. Cancels the first pending order, revokes
 * the first issued one, approves the revoke, and exits with 1 unless CertCentral shows all three.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    try (CertCentralClient client = CertCentralClient.builder().fromEnvironment().build()) {
      Lifecycle lifecycle = new Lifecycle(client);
      OrderId pending = first(client, OrderStatus.PENDING);
      OrderId issued = first(client, OrderStatus.ISSUED);

      Order canceled = lifecycle.cancel(pending, "not needed");
      RequestId revoke = lifecycle.requestRevocation(issued, "Key compromised");
      Request decided = lifecycle.approve(revoke, "Confirmed with the owner");
      Order revoked = client.getOrder(issued);

      System.out.println("order " + pending + ": " + canceled.status().value());
      System.out.println("revoke request " + revoke + ": " + decided.status().value());
      System.out.println("order " + issued + ": " + revoked.status().value());
      if (canceled.status() != OrderStatus.CANCELED
          || decided.status() != RequestStatus.APPROVED
          || revoked.status() != OrderStatus.REVOKED) {
        System.exit(1);
      }
    }
  }

  private static OrderId first(CertCentralClient client, OrderStatus status) {
    return client.listOrders(OrderQuery.withStatus(status)).orders().get(0).id();
  }
}
