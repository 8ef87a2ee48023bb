package dev.certcentral.http.fidelity;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.FakeCertCentral;

/**
 * The account a fake holds for a comparison: an order in every status the fake knows, and requests
 * open and decided, so each read-only call has something to read and a real account's statuses have
 * partners.
 */
final class ComparisonAccount {

  private ComparisonAccount() {}

  /** Starts a fake on a free loopback port holding the comparison account. */
  static FakeCertCentral start() {
    FakeCertCentral fake = FakeCertCentral.start();
    for (OrderStatus status : OrderStatus.values()) {
      if (status != OrderStatus.UNKNOWN) {
        fake.givenOrder(status);
      }
    }
    CertCentral account = fake.certCentral();
    revoke(account, fake.givenOrder(OrderStatus.ISSUED));
    RevokeOutcome.RequestCreated decided = revoke(account, fake.givenOrder(OrderStatus.ISSUED));
    account.decideRequest(decided.request().id(), Decision.REJECT, "kept after all");
    return fake;
  }

  private static RevokeOutcome.RequestCreated revoke(CertCentral account, OrderId order) {
    return (RevokeOutcome.RequestCreated)
        account.revokeOrderCertificates(order, "key compromised", false);
  }
}
