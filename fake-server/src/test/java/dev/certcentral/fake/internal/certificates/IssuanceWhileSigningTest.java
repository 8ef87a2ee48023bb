package dev.certcentral.fake.internal.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.KeySession;
import dev.certcentral.fake.internal.dcv.DcvRoutes;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A certificate is signed outside the account's lock, so the order can move while it is signed:
 * what is stored then must be what the order has become, never the stale signature. The signer here
 * moves the order itself, from the same thread, at the moment a real one could.
 */
class IssuanceWhileSigningTest {

  private State state;
  private Account account;
  private KeySession session;
  private OrderId id;
  private final AtomicInteger signatures = new AtomicInteger();

  @BeforeEach
  void needsApproval() {
    state = new State(SimulatedClock.system(), Optional.of(7L));
    new DcvRoutes().react(state);
    session = new KeySession(state.caller(state.keys().add("admin", KeyRole.ADMINISTRATOR, 1)));
    account = state.account(1);
    id = new OrderFactory(state).create(1, OrderSpec.status(OrderStatus.NEEDS_APPROVAL)).id();
  }

  @Test
  void anOrderCanceledWhileItsCertificateIsSignedStaysCanceledWithoutOne() {
    wireIssuance(() -> session.cancelOrder(id, "changed my mind"));

    approve();

    assertThat(account.findOrder(id).status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(account.findOrder(id).certificate()).isEmpty();
    assertThat(account.table(CertificateBook.TABLE).ofOrder(id)).isEmpty();
    assertThat(signatures).hasValue(1);
  }

  @Test
  void anOrderThatMovedButStaysReadyIsIssuedOnceFromWhatItBecame() {
    // Storing its request again gives the order a new list of requests, as any change would.
    wireIssuance(
        () -> {
          if (signatures.get() == 1) {
            Request request = account.requestsOf(id).get(0);
            account.write(() -> account.put(request));
          }
        });

    approve();

    Order order = account.findOrder(id);
    assertThat(order.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(account.table(CertificateBook.TABLE).ofOrder(id))
        .singleElement()
        .satisfies(
            stored -> assertThat(stored.id()).isEqualTo(order.certificate().orElseThrow().id()));
    assertThat(signatures).as("the first signature is dropped, the second stored").hasValue(2);
  }

  @Test
  void anOrderThatDidNotMoveIsIssuedWithOneSignature() {
    wireIssuance(() -> {});

    approve();

    assertThat(account.findOrder(id).status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(account.table(CertificateBook.TABLE).ofOrder(id)).hasSize(1);
    assertThat(signatures).hasValue(1);
  }

  private void wireIssuance(Runnable whileSigning) {
    new Issuance(
            state,
            (key, template) -> {
              signatures.incrementAndGet();
              whileSigning.run();
              return state.ca().issue(key, template);
            })
        .register();
  }

  private void approve() {
    Request request = account.requestsOf(id).get(0);
    session.decideRequest(request.id(), Decision.APPROVE, "ok");
  }
}
