package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.NewOrder;
import java.util.Objects;

/**
 * Place a certificate order. The order form itself validates when built, so a bad order is refused
 * before any call.
 *
 * @param newOrder what to order
 */
public record PlaceOrderCommand(NewOrder newOrder) {

  /** Refuses a missing order form. */
  public PlaceOrderCommand {
    Objects.requireNonNull(newOrder, "newOrder");
  }
}
