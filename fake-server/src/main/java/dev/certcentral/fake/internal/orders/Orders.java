package dev.certcentral.fake.internal.orders;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderCancellation;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.Caller;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders as one caller sees them: what the caller's account holds, changed only by core's rules,
 * with the caller's role checked first. Revoking lives with requests, since it makes one.
 */
public final class Orders {

  private final Caller caller;
  private final Account account;

  /** The orders the caller's key sees. */
  public Orders(Caller caller) {
    this.caller = caller;
    this.account = caller.account();
  }

  /** {@code GET /order/certificate/{order_id}}. */
  public Order get(OrderId orderId) {
    return account.findOrder(orderId);
  }

  /** {@code GET /order/certificate}: one page, optionally only one status. */
  public OrderPage list(OrderQuery query) {
    return list(OrderListQuery.of(query));
  }

  /** {@code GET /order/certificate}: one page, filtered and sorted as DigiCert does. */
  public OrderPage list(OrderListQuery query) {
    int offset = query.page().offset();
    int limit = query.page().limit();
    List<Order> page = new ArrayList<>(Math.min(limit, 64));
    int total = 0;
    for (Order order : query.sorted(account.orders())) {
      if (!query.matches(order)) {
        continue;
      }
      if (total >= offset && page.size() < limit) {
        page.add(order);
      }
      total++;
    }
    return new OrderPage(page, total, limit, offset);
  }

  /**
   * {@code PUT /order/certificate/{order_id}/status} with {@code canceled}: core's cancel rule,
   * which also rejects an open reissue request.
   */
  public void cancel(OrderId orderId, String note) {
    caller.requireWrite();
    account.write(
        () -> {
          Order order = account.findOrder(orderId);
          OrderCancellation result =
              order.cancel(note, account.requestsOf(orderId), caller.user(), caller.clock());
          account.put(result.order());
          result.rejectedReissue().ifPresent(account::put);
        });
  }

  /**
   * {@code GET /order/certificate/{order_id}/validation}: the validations with the order's status;
   * the domain validations are the order's domain controls as they stand now, unless given.
   */
  public OrderValidation validation(OrderId orderId) {
    Order order = account.findOrder(orderId);
    Account.Validations validations = account.validations(orderId);
    List<DnsNameValidation> domains = validations.dnsNameValidations();
    if (domains.isEmpty()) {
      domains = DomainIds.validations(caller.state(), account, order);
    }
    return new OrderValidation(
        orderId,
        order.status(),
        order.organization().map(org -> Long.toString(org.id())).orElse(""),
        order.organization().map(org -> org.name()).orElse(""),
        validations.organizationValidations(),
        domains);
  }
}
