package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.KeyRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The state's own rules: accounts found by their orders, ids unique and restarted by a reset, the
 * tables and keys a reset forgets, and the dump of every account by id.
 */
class StateTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final State state = new State(SimulatedClock.system(), Optional.of(7L));

  @Test
  void anOrderIsFoundInTheAccountThatHoldsIt() {
    Order order = AccountTest.order(State.FIRST_ORDER_ID);
    Account holder = state.account(2);
    state.account(1);
    holder.write(() -> holder.put(order));

    assertThat(state.accountOf(order.id())).containsSame(holder);
    assertThat(state.accountOf(new OrderId(42))).isEmpty();
  }

  @Test
  void theSeedIsKept() {
    assertThat(state.seed()).contains(7L);
    assertThat(new State(SimulatedClock.system(), Optional.empty()).seed()).isEmpty();
  }

  @Test
  void aResetForgetsAccountsTablesAndAddedKeysAndRestartsEveryId() {
    Table<List<String>> notes = Table.of("notes", listType(), java.util.ArrayList::new);
    ApiKey started = state.keys().add("started", KeyRole.ADMINISTRATOR, 1);
    state.keys().keepAsStart();
    state.startDcvPolicy(DcvPolicy.never());
    Account account = state.account(1);
    account.write(() -> account.put(AccountTest.order(state.orderIds().next())));
    state.table(notes).add("fake-wide");
    state.keys().add("added", KeyRole.USER, 1);
    Sequence own = state.sequence("own", 10);
    own.next();
    state.requestIds().next();
    state.domainIds().next();
    state.certificateIds().next();
    state.dcvPolicy(DcvPolicy.after(Duration.ofHours(1)));

    state.reset();

    assertThat(state.account(1).orders()).isEmpty();
    assertThat(state.table(notes)).isEmpty();
    assertThat(state.keys().all()).containsExactly(started);
    assertThat(state.orderIds().next()).isEqualTo(State.FIRST_ORDER_ID);
    assertThat(state.requestIds().next()).isEqualTo(State.FIRST_REQUEST_ID);
    assertThat(state.domainIds().next()).isEqualTo(State.FIRST_DOMAIN_ID);
    assertThat(state.certificateIds().next()).isEqualTo(State.FIRST_CERTIFICATE_ID);
    assertThat(state.sequence("own", 10)).isSameAs(own);
    assertThat(own.next()).isEqualTo(10);
    assertThat(state.dcvPolicy()).isEqualTo(DcvPolicy.never());
  }

  @Test
  void aFakeWideTableIsMadeOnceAndSharedByAccounts() {
    Table<List<String>> notes = Table.of("notes", listType(), java.util.ArrayList::new);

    state.table(notes).add("one");

    assertThat(state.table(notes)).containsExactly("one");
    assertThat(notes).hasToString("Table{notes}");
  }

  @Test
  void anAccountsTableIsItsOwn() {
    Table<List<String>> notes = Table.of("notes", listType(), java.util.ArrayList::new);

    state.account(1).table(notes).add("one");

    assertThat(state.account(1).table(notes)).containsExactly("one");
    assertThat(state.account(2).table(notes)).isEmpty();
    assertThat(state.table(notes)).isEmpty();
  }

  @Test
  void theSnapshotHoldsEveryAccountByIdWithItsOrdersAndRequests() {
    // Account ids whose hash map order is not theirs.
    for (long id : new long[] {31, 16, 15, 1}) {
      Account account = state.account(id);
      Order order = AccountTest.order(state.orderIds().next());
      Request request =
          Request.builder(new RequestId(state.requestIds().next()), T0)
              .type(RequestType.NEW_REQUEST)
              .status(RequestStatus.PENDING)
              .orderId(order.id())
              .build();
      account.write(
          () -> {
            account.put(order);
            account.put(request);
          });
    }

    List<AccountSnapshot> snapshot = state.snapshot();

    assertThat(snapshot).extracting(AccountSnapshot::accountId).containsExactly(1L, 15L, 16L, 31L);
    for (AccountSnapshot one : snapshot) {
      Account account = state.account(one.accountId());
      assertThat(one.orders()).isEqualTo(account.orders()).hasSize(1);
      assertThat(one.requests()).isEqualTo(account.requests()).hasSize(1);
    }
  }

  @Test
  void theDcvPolicyIsInstantUntilSet() {
    assertThat(state.dcvPolicy()).isEqualTo(DcvPolicy.instant());
    state.dcvPolicy(DcvPolicy.never());
    assertThat(state.dcvPolicy()).isEqualTo(DcvPolicy.never());
    state.reset();
    assertThat(state.dcvPolicy()).isEqualTo(DcvPolicy.instant());
  }

  @SuppressWarnings("unchecked")
  private static Class<List<String>> listType() {
    return (Class<List<String>>) (Class<?>) List.class;
  }
}
