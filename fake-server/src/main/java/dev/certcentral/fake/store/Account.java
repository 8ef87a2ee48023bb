package dev.certcentral.fake.store;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One account's orders, requests and validations. Reads are lock-free over immutable values; every
 * change happens under {@link #lock}, so a rule checked against the current state still holds when
 * its result is stored.
 */
final class Account {

  /** The validations kept for an order; the order's status is joined in when read. */
  record Validations(
      List<OrganizationValidation> organizationValidations,
      List<DnsNameValidation> dnsNameValidations) {}

  final long id;
  final Object lock = new Object();
  private final ConcurrentSkipListMap<Long, Order> orders = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<Long, Request> requests = new ConcurrentSkipListMap<>();
  private final Map<Long, List<Request>> requestsByOrder = new ConcurrentHashMap<>();
  private final Map<Long, Validations> validations = new ConcurrentHashMap<>();

  Account(long id) {
    this.id = id;
  }

  Optional<Order> order(OrderId orderId) {
    return Optional.ofNullable(orders.get(orderId.value()));
  }

  Iterable<Order> orders() {
    return orders.values();
  }

  int orderCount() {
    return orders.size();
  }

  Optional<Request> request(RequestId requestId) {
    return Optional.ofNullable(requests.get(requestId.value()));
  }

  Iterable<Request> requests() {
    return requests.values();
  }

  List<Request> requestsOf(OrderId orderId) {
    return requestsByOrder.getOrDefault(orderId.value(), List.of());
  }

  Validations validations(OrderId orderId) {
    return validations.getOrDefault(orderId.value(), new Validations(List.of(), List.of()));
  }

  /** Stores a new or changed order; call under {@link #lock}. */
  void put(Order order) {
    orders.put(order.id().value(), order);
  }

  /** Stores validations for a new order; call under {@link #lock}. */
  void put(OrderId orderId, Validations forOrder) {
    validations.put(orderId.value(), forOrder);
  }

  /** Stores a new or changed request and keeps the per-order index; call under {@link #lock}. */
  void put(Request request) {
    requests.put(request.id().value(), request);
    request
        .orderId()
        .ifPresent(
            orderId -> {
              List<Request> updated = new ArrayList<>(requestsOf(orderId));
              updated.removeIf(existing -> existing.id().equals(request.id()));
              updated.add(request);
              requestsByOrder.put(orderId.value(), List.copyOf(updated));
            });
  }
}
