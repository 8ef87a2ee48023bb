package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.Objects;

/**
 * Cancel an order.
 *
 * @param orderId the order
 * @param note why; required by DigiCert, so a blank note is refused here before any call
 */
public record CancelOrderCommand(OrderId orderId, String note) {

  /** Refuses a missing order id or a blank note. */
  public CancelOrderCommand {
    Objects.requireNonNull(orderId, "orderId");
    if (note == null || note.isBlank()) {
      throw InvalidRequestException.missingParameter("note");
    }
  }
}
