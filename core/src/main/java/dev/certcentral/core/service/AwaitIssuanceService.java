package dev.certcentral.core.service;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.error.IssuanceTimeoutException;
import dev.certcentral.core.domain.error.OrderNotIssuedException;
import dev.certcentral.core.port.in.AwaitIssuanceCommand;
import dev.certcentral.core.port.in.AwaitIssuanceUseCase;
import dev.certcentral.core.port.out.OrderPort;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Polls an order until it is issued, with the same backoff as {@link AwaitDecisionService}. After a
 * reissue it waits for a certificate other than the one replaced, and notices when the order went
 * back to that one (the reissue was rejected or canceled) instead of waiting out the timeout.
 */
public final class AwaitIssuanceService implements AwaitIssuanceUseCase {

  private final OrderPort orders;
  private final Poller poller;

  /** Creates the service; the clock and sleeper decide how time passes. */
  public AwaitIssuanceService(OrderPort orders, Clock clock, Sleeper sleeper) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.poller =
        new Poller(
            Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(sleeper, "sleeper"));
  }

  @Override
  public Order awaitIssuance(AwaitIssuanceCommand command) {
    boolean[] sawReissuePending = {false};
    return poller.until(
        command.schedule(),
        () -> orders.getOrder(command.orderId()),
        order -> {
          sawReissuePending[0] |= order.status() == OrderStatus.REISSUE_PENDING;
          return issued(order, command.replacing(), sawReissuePending[0]);
        },
        order -> new IssuanceTimeoutException(order, command.schedule().timeout()));
  }

  private static boolean issued(
      Order order, Optional<CertificateId> replacing, boolean sawReissuePending) {
    switch (order.status()) {
      case ISSUED:
        Optional<CertificateId> current = order.certificate().map(IssuedCertificate::id);
        if (replacing.isEmpty() || (current.isPresent() && !current.equals(replacing))) {
          return true;
        }
        if (sawReissuePending) {
          throw new OrderNotIssuedException(
              order, "the reissue was rejected or canceled; it still carries " + replacing.get());
        }
        return false;
      case REJECTED:
      case CANCELED:
      case REVOKED:
      case EXPIRED:
        throw new OrderNotIssuedException(order, "it is " + order.rawStatus());
      default:
        return false;
    }
  }
}
