package dev.certcentral.core.domain;

import java.util.Objects;

/**
 * What deciding a request changed.
 *
 * @param request the decided request
 * @param order its order after the decision (revoked after an approved revoke request)
 */
public record RequestDecision(Request request, Order order) {

  /** Validates the parts. */
  public RequestDecision {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(order, "order");
  }
}
