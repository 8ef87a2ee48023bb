package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.KeySession;
import dev.certcentral.fake.internal.orders.OrderFactory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The path a change takes to another resource, as wave 2's certificates will use it: a reaction
 * registered on the state sees the change in the write that made it, and keeps what it learns in
 * its own table of the account.
 */
class ReactionsTest {

  /** A resource's own table: here, the orders it saw revoked (wave 2: serials for the CRL). */
  static final class Revoked {
    final List<OrderId> orders = new CopyOnWriteArrayList<>();
  }

  static final Table<Revoked> REVOKED = Table.of("revoked", Revoked.class, Revoked::new);

  @Test
  void approvingARevokeRequestReachesAnotherResourceInTheSameWrite() {
    State state = new State(SimulatedClock.system(), Optional.empty());
    state
        .reactions()
        .onOrderChange(
            (account, before, after) -> {
              boolean revokedNow =
                  after.status() == OrderStatus.REVOKED
                      && before.map(order -> order.status() != OrderStatus.REVOKED).orElse(true);
              if (revokedNow) {
                account.table(REVOKED).orders.add(after.id());
              }
            });
    ApiKey admin = state.keys().add("admin", KeyRole.ADMINISTRATOR, 1);
    OrderId order = new OrderFactory(state).create(1, OrderSpec.status(OrderStatus.ISSUED)).id();
    KeySession session = new KeySession(state.caller(admin));

    Request request =
        ((RevokeOutcome.RequestCreated) session.revokeOrderCertificates(order, "c", false))
            .request();
    assertThat(state.account(1).table(REVOKED).orders).isEmpty();
    session.decideRequest(request.id(), Decision.APPROVE, "ok");

    assertThat(state.account(1).table(REVOKED).orders).containsExactly(order);
    assertThat(state.account(2).table(REVOKED).orders).as("tables are per account").isEmpty();
    state.reset();
    assertThat(state.account(1).table(REVOKED).orders).as("a reset forgets them").isEmpty();
  }
}
