package dev.certcentral.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

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

  @Property(tries = 200)
  void theLifecycleKeepsItsInvariants(@ForAll("lifecycles") ActionChain<Ledger> chain) {
    chain
        .withInvariant(
            "a canceled order is never revoked", LifecycleProperties::neverCanceledThenRevoked)
        .withInvariant(
            "revoke requests stay pending until decided", LifecycleProperties::undecidedStayPending)
        .withInvariant("decided requests never change", LifecycleProperties::decidedNeverChange)
        .withInvariant(
            "revoked only by approval or skip_approval", LifecycleProperties::revokedOnlyByApproval)
        .withInvariant(
            "no certificate names a domain that has not passed DCV",
            LifecycleProperties::certificatesOnlyForValidatedNames)
        .withInvariant(
            "at most one open request of each kind per order",
            LifecycleProperties::atMostOneOpenRequestOfEachKind)
        .withInvariant(
            "a revoked certificate never becomes valid again",
            LifecycleProperties::revokedCertificatesStayRevoked);
    Ledger end = chain.run();
    boolean reissued =
        end.issuances.stream()
            .anyMatch(issuance -> issuance.before().status() == OrderStatus.REISSUE_PENDING);
    Statistics.label("issued").collect(!end.issuances.isEmpty());
    Statistics.label("reissued").collect(reissued);
    Statistics.label("certificate revoked").collect(!end.revokedCertificates.isEmpty());
    Statistics.label("issued").coverage(c -> c.check(true).percentage(p -> p > 40));
    Statistics.label("reissued").coverage(c -> c.check(true).percentage(p -> p > 8));
    Statistics.label("certificate revoked").coverage(c -> c.check(true).percentage(p -> p > 8));
  }

  @Provide
  Arbitrary<ActionChain<Ledger>> lifecycles() {
    return ActionChain.startWith(Ledger::new)
        .withAction(new CreateOrder())
        .withAction(2, new PlaceOrder())
        .withAction(3, new OnSomeOrderAndName("pass DCV", Ledger::passDcv))
        .withAction(new OnSomeOrder("check DCV", Ledger::checkDcv))
        .withAction(3, new OnSomeOrder("issue", (l, id) -> l.issue(id, false), Order::dcvComplete))
        .withAction(new OnSomeOrder("issue with a sneaked name", (l, id) -> l.issue(id, true)))
        .withAction(2, new ReissueSomeOrder())
        .withAction(new OnSomeOrder("cancel", (l, id) -> l.cancel(id, "note")))
        .withAction(new OnSomeOrder("cancel without note", (l, id) -> l.cancel(id, " ")))
        .withAction(2, new OnSomeOrder("request revocation", Ledger::requestRevocation))
        .withAction(new OnSomeOrder("revoke skipping approval", Ledger::revokeWithoutApproval))
        .withAction(4, new DecideSomeRequest())
        .withMaxTransformations(80);
  }

  private static void certificatesOnlyForValidatedNames(Ledger ledger) {
    for (Ledger.Issuance issuance : ledger.issuances) {
      IssuedCertificate certificate = issuance.certificate();
      List<String> names = new ArrayList<>(certificate.dnsNames());
      names.add(certificate.commonName());
      for (String name : names) {
        assertThat(issuance.before().domainControls())
            .as("certificate %s names %s", certificate.id(), name)
            .anyMatch(control -> control.dnsName().equals(name) && control.isApproved());
      }
    }
  }

  private static void atMostOneOpenRequestOfEachKind(Ledger ledger) {
    for (OrderId id : ledger.orders.keySet()) {
      for (RequestType type : RequestType.values()) {
        assertThat(
                ledger.requestsOf(id).stream()
                    .filter(r -> r.type() == type && r.status().isOpen())
                    .count())
            .as("open %s requests of order %s", type.value(), id)
            .isLessThanOrEqualTo(1);
      }
    }
  }

  private static void revokedCertificatesStayRevoked(Ledger ledger) {
    ledger.revokedCertificates.forEach(
        (certificate, orderId) ->
            assertThat(ledger.orders.get(orderId).status())
                .as("order %s of revoked certificate %s", orderId, certificate)
                .isEqualTo(OrderStatus.REVOKED));
    ledger.orders.values().stream()
        .filter(order -> order.status() != OrderStatus.REVOKED)
        .flatMap(order -> order.certificate().stream())
        .forEach(
            certificate ->
                assertThat(ledger.revokedCertificates)
                    .as("revoked certificates")
                    .doesNotContainKey(certificate.id()));
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

  private static final List<String> NAMES = List.of("a.example", "b.example", "c.example");

  private static final class PlaceOrder implements Action.Independent<Ledger> {
    @Override
    public Arbitrary<Transformer<Ledger>> transformer() {
      Arbitrary<List<String>> names = Arbitraries.of(NAMES).list().uniqueElements().ofMinSize(1);
      Arbitrary<DcvMethod> methods =
          Arbitraries.of(DcvMethod.EMAIL, DcvMethod.DNS_TXT_TOKEN, DcvMethod.HTTP_TOKEN);
      return net.jqwik.api.Combinators.combine(names, Arbitraries.of(true, false), methods)
          .as(
              (n, skip, method) ->
                  Transformer.mutate(
                      "place " + n + (skip ? " skipping approval" : "") + " by " + method.value(),
                      l -> l.place(n, skip, method)));
    }
  }

  private interface OrderNameStep {
    void apply(Ledger ledger, OrderId id, String name);
  }

  private static final class OnSomeOrderAndName implements Action.Dependent<Ledger> {
    private final String name;
    private final OrderNameStep step;

    OnSomeOrderAndName(String name, OrderNameStep step) {
      this.name = name;
      this.step = step;
    }

    @Override
    public boolean precondition(Ledger ledger) {
      return !ledger.orders.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Ledger>> transformer(Ledger ledger) {
      // Mostly a name the order still waits for, so lives move on; sometimes any name of the pool.
      return someOrder(ledger, order -> !order.pendingDomains().isEmpty())
          .flatMap(
              id -> {
                List<String> pending = ledger.orders.get(id).pendingDomains();
                Arbitrary<String> dnsName =
                    pending.isEmpty()
                        ? Arbitraries.of(NAMES)
                        : Arbitraries.frequencyOf(
                            net.jqwik.api.Tuple.of(4, Arbitraries.of(pending)),
                            net.jqwik.api.Tuple.of(1, Arbitraries.of(NAMES)));
                return dnsName.map(
                    n ->
                        Transformer.mutate(
                            name + " " + n + " of " + id, l -> step.apply(l, id, n)));
              });
    }
  }

  private static final class ReissueSomeOrder implements Action.Dependent<Ledger> {
    @Override
    public boolean precondition(Ledger ledger) {
      return !ledger.orders.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Ledger>> transformer(Ledger ledger) {
      Arbitrary<List<String>> names = Arbitraries.of(NAMES).list().uniqueElements().ofMaxSize(2);
      return net.jqwik.api.Combinators.combine(
              someOrder(ledger, order -> order.status() == OrderStatus.ISSUED), names)
          .as(
              (id, dnsNames) ->
                  Transformer.mutate(
                      "reissue " + id + " with " + dnsNames, l -> l.reissue(id, dnsNames)));
    }
  }

  private interface OrderStep {
    void apply(Ledger ledger, OrderId id);
  }

  private static final class OnSomeOrder implements Action.Dependent<Ledger> {
    private final String name;
    private final OrderStep step;
    private final Predicate<Order> preferred;

    OnSomeOrder(String name, OrderStep step) {
      this(name, step, order -> true);
    }

    OnSomeOrder(String name, OrderStep step, Predicate<Order> preferred) {
      this.name = name;
      this.step = step;
      this.preferred = preferred;
    }

    @Override
    public boolean precondition(Ledger ledger) {
      return !ledger.orders.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Ledger>> transformer(Ledger ledger) {
      return someOrder(ledger, preferred)
          .map(id -> Transformer.mutate(name + " " + id, l -> step.apply(l, id)));
    }
  }

  /**
   * Mostly an order for which the step makes sense, so lives get far; sometimes any order, so the
   * refusals are tried too.
   */
  private static Arbitrary<OrderId> someOrder(Ledger ledger, Predicate<Order> preferred) {
    List<OrderId> all = new ArrayList<>(ledger.orders.keySet());
    List<OrderId> fitting =
        ledger.orders.values().stream().filter(preferred).map(Order::id).toList();
    return fitting.isEmpty() || fitting.size() == all.size()
        ? Arbitraries.of(all)
        : Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.of(fitting)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(all)));
  }

  private static final class DecideSomeRequest implements Action.Dependent<Ledger> {
    @Override
    public boolean precondition(Ledger ledger) {
      return !ledger.requests.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Ledger>> transformer(Ledger ledger) {
      List<RequestId> ids = new ArrayList<>(ledger.requests.keySet());
      List<RequestId> open =
          ledger.requests.values().stream()
              .filter(r -> r.status().isOpen())
              .map(Request::id)
              .toList();
      // Mostly open requests, so lives move on; sometimes any, so decided ones are tried too.
      Arbitrary<RequestId> which =
          open.isEmpty()
              ? Arbitraries.of(ids)
              : Arbitraries.frequencyOf(
                  net.jqwik.api.Tuple.of(4, Arbitraries.of(open)),
                  net.jqwik.api.Tuple.of(1, Arbitraries.of(ids)));
      return which.flatMap(
          id ->
              Arbitraries.of(Decision.class)
                  .map(
                      d -> Transformer.mutate(d.value() + " request " + id, l -> l.decide(id, d))));
    }
  }
}
