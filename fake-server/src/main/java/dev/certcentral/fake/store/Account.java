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
  // Hash maps: every call looks up by id, a list call alone needs the id order (sorted then).
  private final Map<Long, Order> orders = new ConcurrentHashMap<>();
  private final Map<Long, Request> requests = new ConcurrentHashMap<>();
  private final Map<Long, List<Request>> requestsByOrder = new ConcurrentHashMap<>();
  private final Map<Long, Validations> validations = new ConcurrentHashMap<>();

  Account(long id) {
    this.id = id;
  }

  Optional<Order> order(OrderId orderId) {
    return Optional.ofNullable(orders.get(orderId.value()));
  }

  /** Every order, by id. */
  List<Order> orders() {
    return byId(orders);
  }

  int orderCount() {
    return orders.size();
  }

  Optional<Request> request(RequestId requestId) {
    return Optional.ofNullable(requests.get(requestId.value()));
  }

  /** Every request, by id. */
  List<Request> requests() {
    return byId(requests);
  }

  private static <T> List<T> byId(Map<Long, T> byId) {
    List<Long> ids = new ArrayList<>(byId.keySet());
    ids.sort(null);
    List<T> values = new ArrayList<>(ids.size());
    for (Long id : ids) {
      T value = byId.get(id);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
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
