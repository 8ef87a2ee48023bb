package dev.certcentral.fake.internal.orders;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.State;
import dev.certcentral.fake.internal.state.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An account's domains, each with its id: in CertCentral a domain belongs to the account and keeps
 * its id across orders, so the fake hands one out per name on first sight. It turns an order's
 * domain controls into the validation endpoint's {@code dns_name_validations}.
 */
final class DomainIds {

  static final Table<DomainIds> TABLE = Table.of("domains", DomainIds.class, DomainIds::new);

  private final Map<String, String> ids = new ConcurrentHashMap<>();

  /** The order's domain controls as the validation endpoint shows them, as they stand now. */
  static List<DnsNameValidation> validations(State state, Account account, Order order) {
    DomainIds domains = account.table(TABLE);
    List<DnsNameValidation> result = new ArrayList<>();
    for (DomainControl control : order.domainControls()) {
      String name = control.dnsName();
      String scope = name.startsWith("*.") ? name.substring(2) : name;
      result.add(
          new DnsNameValidation(
              domains.ids.computeIfAbsent(scope, n -> Long.toString(state.domainIds().next())),
              scope,
              "domain",
              control.status().value(),
              control.method().value(),
              List.of(name),
              control
                  .dateApproved()
                  .map(d -> d.plus(Duration.ofDays(OrderValidity.MAX_CERTIFICATE_DAYS)))));
    }
    return result;
  }
}
