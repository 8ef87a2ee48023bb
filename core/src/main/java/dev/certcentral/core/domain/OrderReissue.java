package dev.certcentral.core.domain;

import java.util.Objects;

/**
 * What asking for a reissue changed: the order, now {@code reissue_pending}, and its new {@code
 * reissue} request, {@code pending}.
 *
 * @param order the order after the change
 * @param request the reissue request
 */
public record OrderReissue(Order order, Request request) {

  /** Validates the parts. */
  public OrderReissue {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(request, "request");
  }
}
