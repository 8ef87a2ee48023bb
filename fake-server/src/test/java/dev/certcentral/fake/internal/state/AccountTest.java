package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One account: lookups and their not-found answers, lists by id, the per-order index of requests,
 * and the read reaction every read of orders or requests runs first.
 */
class AccountTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final State state = new State(SimulatedClock.system(), Optional.empty());
  private final AtomicInteger reads = new AtomicInteger();
  private Account account;

  @BeforeEach
  void countReads() {
    state.reactions().onRead(read -> reads.incrementAndGet());
    account = state.account(3);
  }

  @Test
  void anAccountKnowsItsId() {
    assertThat(account.id()).isEqualTo(3);
    assertThat(state.account(4).id()).isEqualTo(4);
  }

  @Test
  void unknownOrdersAndRequestsAreDigiCertsNotFound() {
    assertThat(account.order(new OrderId(1))).isEmpty();
    assertThatThrownBy(() -> account.findOrder(new OrderId(1)))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.ORDER_NOT_FOUND));
    assertThatThrownBy(() -> account.findRequest(new RequestId(1)))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.REQUEST_NOT_FOUND));
  }

  @Test
  void storedOrdersAndRequestsAreFound() {
    Order order = order(1_000_001);
    Request request = request(5_001, order.id());
    store(order, request);

    assertThat(account.order(order.id())).contains(order);
    assertThat(account.findOrder(order.id())).isEqualTo(order);
    assertThat(account.findRequest(request.id())).isEqualTo(request);
    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void ordersAndRequestsAreListedById() {
    // Enough ids that the hash map's own order is not theirs.
    List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 40).boxed().toList());
    java.util.Collections.shuffle(ids, new java.util.Random(7));
    account.write(
        () -> {
          for (long id : ids) {
            account.put(order(id * 7919));
            account.put(request(id * 7919, new OrderId(id * 7919)));
          }
        });

    assertThat(account.orders()).extracting(o -> o.id().value()).isSorted().hasSize(40);
    assertThat(account.requests()).extracting(r -> r.id().value()).isSorted().hasSize(40);
    assertThat(account.orderCount()).isEqualTo(40);
  }

  @Test
  void everyReadOfOrdersOrRequestsRunsTheReadReactionsFirst() {
    Order order = order(1_000_001);
    Request request = request(5_001, order.id());
    store(order, request);

    List<Integer> counts = new ArrayList<>();
    account.order(order.id());
    counts.add(reads.getAndSet(0));
    account.findOrder(order.id());
    counts.add(reads.getAndSet(0));
    account.orders();
    counts.add(reads.getAndSet(0));
    account.findRequest(request.id());
    counts.add(reads.getAndSet(0));
    account.requests();
    counts.add(reads.getAndSet(0));

    assertThat(counts).containsExactly(1, 1, 1, 1, 1);
  }

  @Test
  void aRequestStoredAgainReplacesItselfInItsOrdersIndexOnly() {
    OrderId orderId = new OrderId(1_000_001);
    Request first = request(5_001, orderId);
    Request second = request(5_002, orderId);
    Request elsewhere = request(5_003, new OrderId(1_000_002));
    Request decided =
        first.toBuilder().status(RequestStatus.APPROVED).dateProcessed(T0.plusSeconds(1)).build();
    account.write(
        () -> {
          account.put(first);
          account.put(second);
          account.put(elsewhere);
          account.put(decided);
        });

    assertThat(account.requestsOf(orderId)).containsExactlyInAnyOrder(decided, second);
    assertThat(account.requestsOf(new OrderId(1_000_002))).containsExactly(elsewhere);
    assertThat(account.requestsOf(new OrderId(9))).isEmpty();
    assertThat(account.findRequest(first.id())).isEqualTo(decided);
  }

  @Test
  void validationsAreKeptPerOrder() {
    OrderId orderId = new OrderId(1_000_001);
    Account.Validations none = account.validations(orderId);
    Account.Validations stored = new Account.Validations(List.of(), List.of());

    account.write(() -> account.put(orderId, stored));

    assertThat(none.organizationValidations()).isEmpty();
    assertThat(account.validations(orderId)).isSameAs(stored);
  }

  @Test
  void aChangeRunsTheReactionsWithWhatWasStoredBefore() {
    List<String> seen = new ArrayList<>();
    state
        .reactions()
        .onOrderChange(
            (in, before, after) ->
                seen.add(
                    before.map(o -> o.status().value()).orElse("new") + ">" + after.rawStatus()));
    state
        .reactions()
        .onRequestChange(
            (in, before, after) ->
                seen.add(before.map(r -> r.rawStatus()).orElse("new") + ">" + after.rawStatus()));
    Order order = order(1_000_001);
    Request request = request(5_001, order.id());

    account.write(
        () -> {
          account.put(order);
          account.put(order.withStatus(OrderStatus.CANCELED));
          account.put(request);
          account.put(request.toBuilder().status(RequestStatus.REJECTED).dateProcessed(T0).build());
        });

    assertThat(seen)
        .containsExactly("new>pending", "pending>canceled", "new>pending", "pending>rejected");
  }

  private void store(Order order, Request request) {
    account.write(
        () -> {
          account.put(order);
          account.put(request);
        });
  }

  /** A pending order for one name, as a test of the state stores it. */
  static Order order(long id) {
    return Order.builder(new OrderId(id))
        .status(OrderStatus.PENDING)
        .commonName("a.example")
        .dnsNames(List.of("a.example"))
        .build();
  }

  private static Request request(long id, OrderId orderId) {
    return Request.builder(new RequestId(id), T0)
        .type(RequestType.NEW_REQUEST)
        .status(RequestStatus.PENDING)
        .orderId(orderId)
        .build();
  }
}
