package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.Objects;

/**
 * Revoke all certificates of an order.
 *
 * @param orderId the order
 * @param comments why; required
 * @param skipApproval revoke at once without a request; needs an administrator's key
 */
public record RevokeOrderCertificatesCommand(
    OrderId orderId, String comments, boolean skipApproval) {

  /** Refuses a missing order id or blank comments. */
  public RevokeOrderCertificatesCommand {
    Objects.requireNonNull(orderId, "orderId");
    if (comments == null || comments.isBlank()) {
      throw InvalidRequestException.missingParameter("comments");
    }
  }

  /** A revoke that goes through an administrator's approval. */
  public static RevokeOrderCertificatesCommand withApproval(OrderId orderId, String comments) {
    return new RevokeOrderCertificatesCommand(orderId, comments, false);
  }
}
