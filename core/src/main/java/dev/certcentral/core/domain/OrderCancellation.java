package dev.certcentral.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What canceling an order changed.
 *
 * @param order the order after the cancel ({@code canceled}, or {@code issued} after a reissue)
 * @param rejectedReissue the reissue request the cancel rejected, if there was one
 */
public record OrderCancellation(Order order, Optional<Request> rejectedReissue) {

  /** Validates the parts. */
  public OrderCancellation {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(rejectedReissue, "rejectedReissue");
  }
}
