package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.OrderId;
import java.util.Objects;

/**
 * Check the domain control validation of every pending domain of an order now.
 *
 * @param orderId the order
 */
public record CheckDcvCommand(OrderId orderId) {

  /** Refuses a missing order id. */
  public CheckDcvCommand {
    Objects.requireNonNull(orderId, "orderId");
  }
}
