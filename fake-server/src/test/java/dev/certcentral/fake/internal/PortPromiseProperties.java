package dev.certcentral.fake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.state.ApiKey;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Core's ports promise that only {@link CertCentralException}s come out of them. Over the fake's
 * in-memory ports, any sequence of calls, by a key of any role, with any ids, texts, pages and
 * decisions, against orders in every status, keeps that promise.
 */
class PortPromiseProperties {

  /** One call of a port, described for jqwik's report. */
  record PortCall(String description, Consumer<CertCentral> call) {
    @Override
    public String toString() {
      return description;
    }
  }

  @Property(tries = 300)
  void onlyCertCentralExceptionsComeOutOfThePorts(
      @ForAll KeyRole role, @ForAll("calls") @Size(max = 40) List<PortCall> calls) {
    State state = new State(SimulatedClock.system(), Optional.empty());
    ApiKey key = state.keys().add("key", role, 1);
    OrderFactory orders = new OrderFactory(state);
    for (OrderStatus status : OrderStatus.values()) {
      if (status != OrderStatus.UNKNOWN) {
        orders.create(1, OrderSpec.status(status));
      }
    }
    CertCentral port = new KeySession(state.caller(key));

    for (PortCall call : calls) {
      try {
        call.call().accept(port);
        Statistics.collect("returned");
      } catch (RuntimeException e) {
        Statistics.collect("threw " + e.getClass().getSimpleName());
        assertThat(e).as(call.description()).isInstanceOf(CertCentralException.class);
      }
    }
  }

  @Provide
  Arbitrary<List<PortCall>> calls() {
    // Mostly ids that exist (or nearly), so the rules run; some of any value, so parsing does.
    Arbitrary<Long> orderIds =
        Arbitraries.frequencyOf(
            Tuple.of(
                8,
                Arbitraries.longs().between(State.FIRST_ORDER_ID - 2, State.FIRST_ORDER_ID + 10)),
            Tuple.of(2, Arbitraries.longs()));
    Arbitrary<Long> requestIds =
        Arbitraries.frequencyOf(
            Tuple.of(
                8,
                Arbitraries.longs()
                    .between(State.FIRST_REQUEST_ID - 2, State.FIRST_REQUEST_ID + 8)),
            Tuple.of(2, Arbitraries.longs()));
    Arbitrary<String> texts =
        Arbitraries.oneOf(
            Arbitraries.of("", " ", "\t\n", "note"), Arbitraries.strings().ofMaxLength(300));
    Arbitrary<PortCall> call =
        Arbitraries.oneOf(
            orderIds.map(id -> new PortCall("getOrder " + id, p -> p.getOrder(new OrderId(id)))),
            Combinators.combine(
                    Arbitraries.integers().between(-2, 30),
                    Arbitraries.integers().between(-2, OrderQuery.MAX_LIMIT + 2),
                    Arbitraries.of(OrderStatus.class).optional())
                .as(
                    (offset, limit, status) ->
                        new PortCall(
                            "listOrders " + offset + "/" + limit + "/" + status,
                            p -> p.listOrders(new OrderQuery(offset, limit, status)))),
            Combinators.combine(orderIds, texts)
                .as(
                    (id, note) ->
                        new PortCall(
                            "cancelOrder " + id, p -> p.cancelOrder(new OrderId(id), note))),
            Combinators.combine(orderIds, texts, Arbitraries.of(true, false))
                .as(
                    (id, comments, skip) ->
                        new PortCall(
                            "revoke " + id + " skip=" + skip,
                            p -> p.revokeOrderCertificates(new OrderId(id), comments, skip))),
            orderIds.map(
                id ->
                    new PortCall(
                        "getValidationStatus " + id, p -> p.getValidationStatus(new OrderId(id)))),
            requestIds.map(
                id -> new PortCall("getRequest " + id, p -> p.getRequest(new RequestId(id)))),
            Arbitraries.just(new PortCall("listRequests", CertCentral::listRequests)),
            Combinators.combine(requestIds, Arbitraries.of(Decision.class), texts)
                .as(
                    (id, decision, comment) ->
                        new PortCall(
                            "decide " + id + " " + decision,
                            p -> p.decideRequest(new RequestId(id), decision, comment))));
    return call.list();
  }
}
