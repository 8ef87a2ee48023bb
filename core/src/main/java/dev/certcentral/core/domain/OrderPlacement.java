package dev.certcentral.core.domain;

import java.util.Objects;

/**
 * What placing an order made: the order ({@code needs_approval}, or {@code pending} with {@code
 * skip_approval}) and its {@code new_request} request ({@code pending}, or {@code approved}).
 *
 * @param order the new order
 * @param request its new-certificate request
 */
public record OrderPlacement(Order order, Request request) {

  /** Validates the parts. */
  public OrderPlacement {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(request, "request");
  }
}
