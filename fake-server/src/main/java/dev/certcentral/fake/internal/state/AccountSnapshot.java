package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.Request;
import java.util.List;

/**
 * One account's orders and requests at the moment of a state dump.
 *
 * @param accountId the account
 * @param orders its orders, by id
 * @param requests its requests, by id
 */
public record AccountSnapshot(long accountId, List<Order> orders, List<Request> requests) {

  /** Copies the lists. */
  public AccountSnapshot {
    orders = List.copyOf(orders);
    requests = List.copyOf(requests);
  }
}
