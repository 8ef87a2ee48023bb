package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.Request;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one path for effects across resources: what a resource does when another one changes an order
 * or a request (approving a new request opens DCV, passing DCV issues a certificate, a revocation
 * lists the certificates' serials in the CRL), or reads an account (DCV due on the fake's clock
 * passes). Resources register reactions while the fake is assembled; a change's reactions run
 * inside the write that made it, under the account's lock, so they see and write the account as
 * that write left it.
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

  /** What to do before an account's orders or requests are read. */
  @FunctionalInterface
  public interface ToRead {
    /** Called with the account about to be read, outside or inside a write. */
    void reading(Account account);
  }

  private final List<ToOrder> toOrders = new CopyOnWriteArrayList<>();
  private final List<ToRequest> toRequests = new CopyOnWriteArrayList<>();
  private final List<ToRead> toReads = new CopyOnWriteArrayList<>();

  Reactions() {}

  /** Runs {@code reaction} whenever an order is stored. */
  public void onOrderChange(ToOrder reaction) {
    toOrders.add(reaction);
  }

  /** Runs {@code reaction} whenever a request is stored. */
  public void onRequestChange(ToRequest reaction) {
    toRequests.add(reaction);
  }

  /**
   * Runs {@code reaction} before an account's orders or requests are read: what lets time-driven
   * progress (DCV passing after a delay on the fake's clock) show the moment anyone looks. It must
   * cost nothing when there is nothing due, as every read runs it.
   */
  public void onRead(ToRead reaction) {
    toReads.add(reaction);
  }

  void reading(Account account) {
    for (ToRead reaction : toReads) {
      reaction.reading(account);
    }
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
