package dev.certcentral.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/** Properties of the rules, and the whole lifecycle as random action sequences. */
class LifecycleProperties {

  private static final Set<OrderStatus> CANCELABLE =
      EnumSet.of(OrderStatus.PENDING, OrderStatus.WAITING_PICKUP, OrderStatus.REISSUE_PENDING);

  @Property
  void cancelSucceedsExactlyForCancelableStatuses(@ForAll OrderStatus status) {
    Ledger ledger = new Ledger();
    OrderId id = ledger.addOrder(status);

    ledger.cancel(id, "note");

    OrderStatus after = ledger.orders.get(id).status();
    if (CANCELABLE.contains(status)) {
      assertThat(after).isIn(OrderStatus.CANCELED, OrderStatus.ISSUED);
      assertThat(ledger.refusals).isEmpty();
    } else {
      assertThat(after).isEqualTo(status);
      assertThat(ledger.refusals).containsExactly("OrderNotCancelableException");
    }
  }

  @Property
  void revokeRequestIsCreatedExactlyForIssuedOrders(@ForAll OrderStatus status) {
    Ledger ledger = new Ledger();
    OrderId id = ledger.addOrder(status);
    int before = ledger.requests.size();

    ledger.requestRevocation(id);

    assertThat(ledger.requests.size() - before).isEqualTo(status == OrderStatus.ISSUED ? 1 : 0);
    assertThat(ledger.orders.get(id).status()).isEqualTo(status);
  }

  @Property
  void fromValueNeverThrows(@ForAll String raw) {
    assertThat(OrderStatus.fromValue(raw)).isNotNull();
    assertThat(RequestStatus.fromValue(raw)).isNotNull();
    assertThat(RequestType.fromValue(raw)).isNotNull();
  }

  @Property
  void unknownRawStatusesAreKept(@ForAll("unlistedStatuses") String raw) {
    Order order = Order.builder(new OrderId(1)).status(raw).build();
    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order.rawStatus()).isEqualTo(raw);
  }

  @Provide
  Arbitrary<String> unlistedStatuses() {
    return Arbitraries.strings()
        .alpha()
        .ofMinLength(1)
        .ofMaxLength(20)
        .filter(s -> OrderStatus.fromValue(s) == OrderStatus.UNKNOWN);
  }

  @Property(tries = 300)
  void theLifecycleKeepsItsInvariants(@ForAll("lifecycles") ActionChain<Ledger> chain) {
    chain
        .withInvariant(
            "a canceled order is never revoked", LifecycleProperties::neverCanceledThenRevoked)
        .withInvariant(
            "revoke requests stay pending until decided", LifecycleProperties::undecidedStayPending)
        .withInvariant("decided requests never change", LifecycleProperties::decidedNeverChange)
        .withInvariant(
            "revoked only by approval or skip_approval", LifecycleProperties::revokedOnlyByApproval)
        .run();
  }

  @Provide
  Arbitrary<ActionChain<Ledger>> lifecycles() {
    return ActionChain.startWith(Ledger::new)
        .withAction(2, new CreateOrder())
        .withAction(new OnSomeOrder("cancel", (l, id) -> l.cancel(id, "note")))
        .withAction(new OnSomeOrder("cancel without note", (l, id) -> l.cancel(id, " ")))
        .withAction(2, new OnSomeOrder("request revocation", Ledger::requestRevocation))
        .withAction(new OnSomeOrder("revoke skipping approval", Ledger::revokeWithoutApproval))
        .withAction(3, new DecideSomeRequest())
        .withMaxTransformations(40);
  }

  private static void neverCanceledThenRevoked(Ledger ledger) {
    for (OrderId id : ledger.everCanceled) {
      assertThat(ledger.orders.get(id).status()).isEqualTo(OrderStatus.CANCELED);
    }
  }

  private static void undecidedStayPending(Ledger ledger) {
    ledger.requests.values().stream()
        .filter(r -> !ledger.decidedSnapshots.containsKey(r.id()))
        .forEach(
            r -> {
              assertThat(r.status()).isEqualTo(RequestStatus.PENDING);
              assertThat(r.dateProcessed()).isEmpty();
            });
  }

  private static void decidedNeverChange(Ledger ledger) {
    ledger.decidedSnapshots.forEach(
        (id, snapshot) -> {
          assertThat(ledger.requests.get(id)).isEqualTo(snapshot);
          assertThat(snapshot.status().isDecided()).isTrue();
          assertThat(snapshot.dateProcessed()).isPresent();
        });
  }

  private static void revokedOnlyByApproval(Ledger ledger) {
    ledger.orders.values().stream()
        .filter(o -> o.status() == OrderStatus.REVOKED)
        .filter(o -> ledger.initialStatus.get(o.id()) != OrderStatus.REVOKED)
        .forEach(
            order ->
                assertThat(
                        ledger.revokedWithoutApproval.contains(order.id())
                            || ledger.requestsOf(order.id()).stream()
                                .anyMatch(
                                    r ->
                                        r.type() == RequestType.REVOKE
                                            && r.status() == RequestStatus.APPROVED))
                    .as("order %s revoked without an approved revoke request", order.id())
                    .isTrue());
  }

  private static final class CreateOrder implements Action.Independent<Ledger> {
    @Override
    public Arbitrary<Transformer<Ledger>> transformer() {
      return Arbitraries.of(OrderStatus.class)
          .filter(s -> s != OrderStatus.UNKNOWN)
          .map(s -> Transformer.mutate("create " + s.value() + " order", l -> l.addOrder(s)));
    }
  }

  private interface OrderStep {
    void apply(Ledger ledger, OrderId id);
  }

  private static final class OnSomeOrder implements Action.Dependent<Ledger> {
    private final String name;
    private final OrderStep step;

    OnSomeOrder(String name, OrderStep step) {
      this.name = name;
      this.step = step;
    }

    @Override
    public boolean precondition(Ledger ledger) {
      return !ledger.orders.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Ledger>> transformer(Ledger ledger) {
      List<OrderId> ids = new ArrayList<>(ledger.orders.keySet());
      return Arbitraries.of(ids)
          .map(id -> Transformer.mutate(name + " " + id, l -> step.apply(l, id)));
    }
  }

  private static final class DecideSomeRequest implements Action.Dependent<Ledger> {
    @Override
    public boolean precondition(Ledger ledger) {
      return !ledger.requests.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Ledger>> transformer(Ledger ledger) {
      List<RequestId> ids = new ArrayList<>(ledger.requests.keySet());
      return Arbitraries.of(ids)
          .flatMap(
              id ->
                  Arbitraries.of(Decision.class)
                      .map(
                          d ->
                              Transformer.mutate(
                                  d.value() + " request " + id, l -> l.decide(id, d))));
    }
  }
}
