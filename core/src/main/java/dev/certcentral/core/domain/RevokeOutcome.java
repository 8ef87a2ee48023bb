package dev.certcentral.core.domain;

import java.util.Objects;

/**
 * What {@code PUT /order/certificate/{id}/revoke} did: created a pending request (201), or, with
 * {@code skip_approval} and an administrator's key, revoked the order at once (204).
 */
public sealed interface RevokeOutcome {

  /** The order whose certificates the call concerned. */
  OrderId orderId();

  /**
   * A revoke request was created and waits for an administrator's decision.
   *
   * @param orderId the order
   * @param request the new request, in status {@code pending}
   */
  record RequestCreated(OrderId orderId, Request request) implements RevokeOutcome {
    /** Validates the parts. */
    public RequestCreated {
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(request, "request");
    }
  }

  /**
   * The order was revoked without a request.
   *
   * @param orderId the order
   */
  record RevokedImmediately(OrderId orderId) implements RevokeOutcome {
    /** Validates the id. */
    public RevokedImmediately {
      Objects.requireNonNull(orderId, "orderId");
    }
  }
}
