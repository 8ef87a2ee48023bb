package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.Request;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one path for effects across resources: what a resource does when another one changes an order
 * or a request (wave 2: approving a new request opens DCV, passing DCV issues a certificate, a
 * revocation lists the certificate's serial in the CRL). Resources register reactions while the
 * fake is assembled; each runs inside the write that made the change, under the account's lock, so
 * it sees and writes the account as that write left it.
 */
public final class Reactions {

  /** What to do when an order is stored. */
  @FunctionalInterface
  public interface ToOrder {
    /** Called with the account, the order before (empty when new) and after. */
    void changed(Account account, Optional<Order> before, Order after);
  }

  /** What to do when a request is stored. */
  @FunctionalInterface
  public interface ToRequest {
    /** Called with the account, the request before (empty when new) and after. */
    void changed(Account account, Optional<Request> before, Request after);
  }

  private final List<ToOrder> toOrders = new CopyOnWriteArrayList<>();
  private final List<ToRequest> toRequests = new CopyOnWriteArrayList<>();

  Reactions() {}

  /** Runs {@code reaction} whenever an order is stored. */
  public void onOrderChange(ToOrder reaction) {
    toOrders.add(reaction);
  }

  /** Runs {@code reaction} whenever a request is stored. */
  public void onRequestChange(ToRequest reaction) {
    toRequests.add(reaction);
  }

  void orderChanged(Account account, Order before, Order after) {
    for (ToOrder reaction : toOrders) {
      reaction.changed(account, Optional.ofNullable(before), after);
    }
  }

  void requestChanged(Account account, Request before, Request after) {
    for (ToRequest reaction : toRequests) {
      reaction.changed(account, Optional.ofNullable(before), after);
    }
  }
}
