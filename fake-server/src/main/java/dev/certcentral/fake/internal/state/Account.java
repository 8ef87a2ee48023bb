package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One account's orders, requests and validations, and the tables resources add for their own state.
 * Reads are lock-free over immutable values; every change happens inside {@link #write}, so a rule
 * checked against the current state still holds when its result is stored, and every change runs
 * the {@link Reactions} registered for it.
 */
public final class Account {

  /** The validations kept for an order; the order's status is joined in when read. */
  public record Validations(
      List<OrganizationValidation> organizationValidations,
      List<DnsNameValidation> dnsNameValidations) {

    /** Copies the lists. */
    public Validations {
      organizationValidations = List.copyOf(organizationValidations);
      dnsNameValidations = List.copyOf(dnsNameValidations);
    }
  }

  private final long id;
  private final Reactions reactions;
  private final Object lock = new Object();
  // Hash maps: every call looks up by id, a list call alone needs the id order (sorted then).
  private final Map<Long, Order> orders = new ConcurrentHashMap<>();
  private final Map<Long, Request> requests = new ConcurrentHashMap<>();
  private final Map<Long, List<Request>> requestsByOrder = new ConcurrentHashMap<>();
  private final Map<Long, Validations> validations = new ConcurrentHashMap<>();
  private final Map<Table<?>, Object> tables = new ConcurrentHashMap<>();

  Account(long id, Reactions reactions) {
    this.id = id;
    this.reactions = reactions;
  }

  /** The account's id. */
  public long id() {
    return id;
  }

  /** Runs {@code work} as one change of this account: under its lock, one change at a time. */
  public <T> T write(Supplier<T> work) {
    synchronized (lock) {
      return work.get();
    }
  }

  /** Runs {@code work} as one change of this account. */
  public void write(Runnable work) {
    synchronized (lock) {
      work.run();
    }
  }

  /** This resource's table in this account, made on first use. */
  public <T> T table(Table<T> table) {
    return table.type().cast(tables.computeIfAbsent(table, t -> t.create()));
  }

  /** The order, if the account holds it. */
  public Optional<Order> order(OrderId orderId) {
    reactions.reading(this);
    return Optional.ofNullable(orders.get(orderId.value()));
  }

  /**
   * The order.
   *
   * @throws NotFoundException with {@code not_found|order} if the account does not hold it
   */
  public Order findOrder(OrderId orderId) {
    reactions.reading(this);
    Order order = orders.get(orderId.value());
    if (order == null) {
      throw orderNotFound(orderId);
    }
    return order;
  }

  /** Every order, by id. */
  public List<Order> orders() {
    reactions.reading(this);
    return byId(orders);
  }

  /** How many orders the account holds. */
  public int orderCount() {
    return orders.size();
  }

  /**
   * The request.
   *
   * @throws NotFoundException with {@code not_found} if the account does not hold it
   */
  public Request findRequest(RequestId requestId) {
    reactions.reading(this);
    Request request = requests.get(requestId.value());
    if (request == null) {
      throw notFound(ErrorCodes.REQUEST_NOT_FOUND, "request " + requestId + " not found");
    }
    return request;
  }

  /** Every request, by id. */
  public List<Request> requests() {
    reactions.reading(this);
    return byId(requests);
  }

  /** The requests about one order, oldest first. */
  public List<Request> requestsOf(OrderId orderId) {
    return requestsByOrder.getOrDefault(orderId.value(), List.of());
  }

  /** An order's validations; none if the order has none stored. */
  public Validations validations(OrderId orderId) {
    return validations.getOrDefault(orderId.value(), new Validations(List.of(), List.of()));
  }

  /** Stores a new or changed order and runs the order reactions; only inside {@link #write}. */
  public void put(Order order) {
    assert Thread.holdsLock(lock) : "a change outside write()";
    Order before = orders.put(order.id().value(), order);
    reactions.orderChanged(this, before, order);
  }

  /** Stores the validations of an order; only inside {@link #write}. */
  public void put(OrderId orderId, Validations forOrder) {
    assert Thread.holdsLock(lock) : "a change outside write()";
    validations.put(orderId.value(), forOrder);
  }

  /**
   * Stores a new or changed request, keeps the per-order index and runs the request reactions; only
   * inside {@link #write}.
   */
  public void put(Request request) {
    assert Thread.holdsLock(lock) : "a change outside write()";
    Request before = requests.put(request.id().value(), request);
    request
        .orderId()
        .ifPresent(
            orderId -> {
              List<Request> updated = new ArrayList<>(requestsOf(orderId));
              updated.removeIf(existing -> existing.id().equals(request.id()));
              updated.add(request);
              requestsByOrder.put(orderId.value(), List.copyOf(updated));
            });
    reactions.requestChanged(this, before, request);
  }

  private static <T> List<T> byId(Map<Long, T> byId) {
    List<Long> ids = new ArrayList<>(byId.keySet());
    ids.sort(null);
    List<T> values = new ArrayList<>(ids.size());
    for (Long key : ids) {
      T value = byId.get(key);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /** DigiCert's answer for an order the caller cannot see: {@code not_found|order}. */
  public static NotFoundException orderNotFound(OrderId orderId) {
    return notFound(ErrorCodes.ORDER_NOT_FOUND, "order " + orderId + " not found");
  }

  private static NotFoundException notFound(String code, String message) {
    return new NotFoundException(message, 0, List.of(new DigiCertError(code, message)), null);
  }
}
