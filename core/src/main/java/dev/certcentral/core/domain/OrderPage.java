package dev.certcentral.core.domain;

import java.util.List;

/**
 * One page of orders and where it lies in the whole list.
 *
 * @param orders the orders on this page
 * @param total how many orders match in all
 * @param limit the page size asked for
 * @param offset how many matching orders come before this page
 */
public record OrderPage(List<Order> orders, int total, int limit, int offset) {

  /** Copies the list. */
  public OrderPage {
    orders = List.copyOf(orders);
  }
}
