package dev.certcentral.contract;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.port.out.CertCentral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The orders a scenario placed, and how they are put out of use after it: on the real CertCentral
 * an order left open costs money and an issued certificate left valid is a liability, so each one
 * ends canceled, rejected or revoked. The same clean-up runs against fakes, so it is tested where
 * it cannot cost anything.
 */
final class PlacedOrders {

  static final String NOTE = "placed by the certificate-life contract suite; cleaned up after it";

  private final List<OrderId> placed = new ArrayList<>();

  void add(OrderId orderId) {
    placed.add(orderId);
  }

  /**
   * Ends every order placed: a request waiting for approval is rejected, a pending order canceled,
   * a pending reissue canceled (the order returns to issued) and an issued order revoked, through
   * its open revoke request when there is one, else at once (the fixture's key is an
   * administrator's).
   */
  void cleanUp(CertCentral certCentral) {
    List<OrderId> toEnd = List.copyOf(placed);
    placed.clear();
    for (OrderId id : toEnd) {
      end(certCentral, id);
    }
  }

  private static void end(CertCentral certCentral, OrderId id) {
    Order order = certCentral.getOrder(id);
    switch (order.status()) {
      case NEEDS_APPROVAL:
        openRequest(certCentral, id, RequestType.NEW_REQUEST)
            .ifPresent(r -> certCentral.decideRequest(r.id(), Decision.REJECT, NOTE));
        break;
      case PENDING:
      case WAITING_PICKUP:
        certCentral.cancelOrder(id, NOTE);
        break;
      case REISSUE_PENDING:
        certCentral.cancelOrder(id, NOTE);
        revoke(certCentral, id);
        break;
      case ISSUED:
        revoke(certCentral, id);
        break;
      default:
        break;
    }
  }

  private static void revoke(CertCentral certCentral, OrderId id) {
    Optional<Request> open = openRequest(certCentral, id, RequestType.REVOKE);
    if (open.isPresent()) {
      certCentral.decideRequest(open.get().id(), Decision.APPROVE, NOTE);
    } else {
      certCentral.revokeOrderCertificates(id, NOTE, true);
    }
  }

  static Optional<Request> openRequest(CertCentral certCentral, OrderId id, RequestType type) {
    return certCentral.listRequests().stream()
        .filter(r -> r.orderId().equals(Optional.of(id)) && r.type() == type)
        .filter(r -> r.status().isOpen())
        .findFirst();
  }
}
