package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the order list: {@code offset}, {@code limit} and an optional {@code filters[status]}.
 *
 * @param offset how many orders to skip, at least 0
 * @param limit how many orders at most, 1 to {@value #MAX_LIMIT}
 * @param status only orders in this status, if given
 */
public record OrderQuery(int offset, int limit, Optional<OrderStatus> status) {

  /** DigiCert's largest page. */
  public static final int MAX_LIMIT = 1000;

  /** Validates the bounds. */
  public OrderQuery {
    if (offset < 0) {
      throw InvalidRequestException.invalidParameter("offset", "must not be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidRequestException.invalidParameter("limit", "must be 1.." + MAX_LIMIT);
    }
    status = Objects.requireNonNullElse(status, Optional.empty());
  }

  /** The first page of every order, {@value #MAX_LIMIT} at most. */
  public static OrderQuery all() {
    return new OrderQuery(0, MAX_LIMIT, Optional.empty());
  }

  /** The first page of the orders in one status. */
  public static OrderQuery withStatus(OrderStatus status) {
    return new OrderQuery(0, MAX_LIMIT, Optional.of(status));
  }
}
