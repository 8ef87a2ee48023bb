package dev.certcentral.fake.internal.orders;

import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A page of the order list as DigiCert's list-orders page describes it
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/list-orders.html): {@code
 * offset}, {@code limit} (at most {@value OrderQuery#MAX_LIMIT}), the common {@code filters[...]}
 * and {@code sort}, properties separated by commas, each ascending or, with a leading {@code -},
 * descending. Core's {@link OrderQuery} is the status filter alone; the HTTP route reads the rest.
 *
 * @param page offset, limit and status
 * @param filters the other filters, by property: {@code id}, {@code common_name}, {@code
 *     domain_name}, {@code product_name_id}, {@code organization_id}, {@code certificate_id},
 *     {@code serial_number}, {@code search}
 * @param sort the sort keys, each a property with an optional leading {@code -}
 */
public record OrderListQuery(OrderQuery page, Map<String, String> filters, List<String> sort) {

  /** The filters the fake applies besides {@code status}. */
  public static final List<String> FILTERS =
      List.of(
          "id",
          "common_name",
          "domain_name",
          "product_name_id",
          "organization_id",
          "certificate_id",
          "serial_number",
          "search");

  /**
   * The properties the fake sorts by; DigiCert's page lists its own in a table we could not read,
   * so these are the fake's choice among the order's fields.
   */
  private static final Map<String, Comparator<Order>> SORTS =
      Map.of(
          "id", Comparator.comparingLong(o -> o.id().value()),
          "date_created", Comparator.comparing((Order o) -> o.dateCreated().orElse(Instant.EPOCH)),
          "common_name", Comparator.comparing(Order::commonName),
          "status", Comparator.comparing(Order::rawStatus),
          "product_name_id", Comparator.comparing(Order::productNameId),
          "organization_id",
              Comparator.comparingLong(o -> o.organization().map(Organization::id).orElse(0L)),
          "valid_till",
              Comparator.comparing(
                  (Order o) ->
                      o.certificate().map(IssuedCertificate::validTill).orElse(LocalDate.MIN)));

  /** Validates the filters and sort keys; copies them. */
  public OrderListQuery {
    filters = Map.copyOf(filters);
    for (String name : filters.keySet()) {
      if (!FILTERS.contains(name)) {
        throw InvalidRequestException.invalidParameter(
            "filters[" + name + "]", "not a filter the fake applies");
      }
    }
    sort = List.copyOf(sort);
    for (String key : sort) {
      if (!SORTS.containsKey(key.startsWith("-") ? key.substring(1) : key)) {
        throw InvalidRequestException.invalidParameter("sort", "cannot sort by " + key);
      }
    }
  }

  /** Core's query, without further filters or sort. */
  public static OrderListQuery of(OrderQuery page) {
    return new OrderListQuery(page, Map.of(), List.of());
  }

  /**
   * Whether the order passes every filter. {@code filters[status]=issued} also passes expired
   * orders, as the page notes ("includes any order where the certificate has been issued, even if
   * the order has expired").
   */
  public boolean matches(Order order) {
    if (page.status().isPresent()) {
      OrderStatus wanted = page.status().get();
      boolean expiredIssued = wanted == OrderStatus.ISSUED && order.status() == OrderStatus.EXPIRED;
      if (order.status() != wanted && !expiredIssued) {
        return false;
      }
    }
    for (Map.Entry<String, String> filter : filters.entrySet()) {
      if (!matches(order, filter.getKey(), filter.getValue().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Order order, String filter, String value) {
    switch (filter) {
      case "id":
        return Long.toString(order.id().value()).equals(value);
      case "common_name":
        return order.commonName().equalsIgnoreCase(value);
      case "domain_name":
        return order.securedNames().contains(value);
      case "product_name_id":
        return order.productNameId().equalsIgnoreCase(value);
      case "organization_id":
        return order.organization().map(org -> Long.toString(org.id()).equals(value)).orElse(false);
      case "certificate_id":
        return order
            .certificate()
            .map(c -> Long.toString(c.id().value()).equals(value))
            .orElse(false);
      case "serial_number":
        return order.certificate().map(c -> c.serialNumber().equalsIgnoreCase(value)).orElse(false);
      default:
        // search: the common name contains the text (the page also searches e-mail addresses,
        // which the fake's orders do not carry).
        return order.commonName().toLowerCase(Locale.ROOT).contains(value);
    }
  }

  /** The orders in the requested order: by id unless sorted otherwise, ties by id. */
  public List<Order> sorted(List<Order> orders) {
    if (sort.isEmpty()) {
      return orders;
    }
    Comparator<Order> comparator = null;
    for (String key : sort) {
      boolean descending = key.startsWith("-");
      Comparator<Order> next = SORTS.get(descending ? key.substring(1) : key);
      next = descending ? next.reversed() : next;
      comparator = comparator == null ? next : comparator.thenComparing(next);
    }
    List<Order> result = new ArrayList<>(orders);
    result.sort(comparator.thenComparing(SORTS.get("id")));
    return result;
  }

  /** The value of a filter, if the query has it. */
  public Optional<String> filter(String name) {
    return Optional.ofNullable(filters.get(name));
  }
}
