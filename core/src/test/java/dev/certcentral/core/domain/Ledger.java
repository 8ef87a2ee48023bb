package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.CertCentralException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The smallest store that applies the domain rules, plus the history the lifecycle invariants are
 * checked against. Every change goes through the entities; the ledger only keeps results.
 */
final class Ledger {

  final Map<OrderId, Order> orders = new LinkedHashMap<>();
  final Map<RequestId, Request> requests = new LinkedHashMap<>();
  final Map<OrderId, OrderStatus> initialStatus = new HashMap<>();
  final Set<OrderId> everCanceled = new HashSet<>();
  final Set<OrderId> revokedWithoutApproval = new HashSet<>();
  final Map<RequestId, Request> decidedSnapshots = new HashMap<>();
  final List<String> refusals = new ArrayList<>();

  /** Each certificate issued, with its order as it was just before: the DCV it was issued on. */
  final List<Issuance> issuances = new ArrayList<>();

  /** Certificates whose order was revoked; they must never be valid again. */
  final Map<CertificateId, OrderId> revokedCertificates = new HashMap<>();

  private final Clock clock = Fixtures.CLOCK;
  private long nextOrder = 1;
  private long nextRequest = 1;
  private long nextCertificate = 1;

  OrderId addOrder(OrderStatus status) {
    OrderId id = new OrderId(nextOrder++);
    initialStatus.put(id, status);
    if (status == OrderStatus.CANCELED) {
      everCanceled.add(id);
    }
    orders.put(id, Order.builder(id).status(status).commonName("o" + id + ".example").build());
    if (status == OrderStatus.REISSUE_PENDING) {
      addOpenRequest(id, RequestType.REISSUE);
    } else if (status == OrderStatus.NEEDS_APPROVAL) {
      addOpenRequest(id, RequestType.NEW_REQUEST);
    }
    return id;
  }

  private void addOpenRequest(OrderId orderId, RequestType type) {
    RequestId id = new RequestId(nextRequest++);
    requests.put(
        id,
        Request.builder(id, clock.instant())
            .type(type)
            .status(RequestStatus.PENDING)
            .orderId(orderId)
            .build());
  }

  /** Places an order for some of the pool's names, as the store would on a POST. */
  OrderId place(List<String> names, boolean skipApproval, DcvMethod method) {
    OrderId id = new OrderId(nextOrder++);
    NewOrder form =
        NewOrder.builder()
            .productNameId("ssl_basic")
            .certificate(
                CertificateDetails.builder()
                    .commonName(names.get(0))
                    .dnsNames(names.subList(1, names.size()))
                    .csr(Fixtures.CSR)
                    .build())
            .orderValidity(OrderValidity.ofYears(1))
            .skipApproval(skipApproval)
            .dcvMethod(method)
            .build();
    OrderPlacement placement =
        Order.place(
            id, form, new RequestId(nextRequest++), Fixtures.REQUESTER, Fixtures.TOKEN, clock);
    orders.put(id, placement.order());
    initialStatus.put(id, placement.order().status());
    requests.put(placement.request().id(), placement.request());
    if (placement.request().status().isDecided()) {
      decidedSnapshots.put(placement.request().id(), placement.request());
    }
    return id;
  }

  void passDcv(OrderId id, String name) {
    attempt(() -> orders.put(id, orders.get(id).passDcv(name, requestsOf(id), clock)));
  }

  void checkDcv(OrderId id) {
    attempt(() -> orders.put(id, orders.get(id).checkDcv(control -> true, requestsOf(id), clock)));
  }

  /**
   * Issues a certificate for the names the order awaits; with {@code sneak}, for one more name that
   * never passed DCV, which the rules must refuse.
   */
  void issue(OrderId id, boolean sneak) {
    attempt(
        () -> {
          Order before = orders.get(id);
          List<String> names = new ArrayList<>(before.namesToIssue());
          if (sneak) {
            names.add("sneaked.example");
          }
          IssuedCertificate certificate = Fixtures.certificate(nextCertificate, names);
          Order after = before.issue(certificate, requestsOf(id));
          nextCertificate++;
          orders.put(id, after);
          issuances.add(new Issuance(certificate, before));
        });
  }

  void reissue(OrderId id, List<String> dnsNames) {
    attempt(
        () -> {
          RequestId requestId = new RequestId(nextRequest);
          OrderReissue reissue =
              orders
                  .get(id)
                  .requestReissue(
                      requestId,
                      CertificateDetails.builder().csr(Fixtures.CSR).dnsNames(dnsNames).build(),
                      Fixtures.REQUESTER,
                      Fixtures.TOKEN,
                      requestsOf(id),
                      clock);
          nextRequest++;
          orders.put(id, reissue.order());
          requests.put(requestId, reissue.request());
        });
  }

  List<Request> requestsOf(OrderId orderId) {
    return requests.values().stream()
        .filter(r -> r.orderId().equals(java.util.Optional.of(orderId)))
        .toList();
  }

  void cancel(OrderId id, String note) {
    attempt(
        () -> {
          OrderCancellation result =
              orders.get(id).cancel(note, requestsOf(id), Fixtures.ADMIN, clock);
          orders.put(id, result.order());
          if (result.order().status() == OrderStatus.CANCELED) {
            everCanceled.add(id);
          }
          result.rejectedReissue().ifPresent(this::recordDecided);
        });
  }

  void requestRevocation(OrderId id) {
    attempt(
        () -> {
          RequestId requestId = new RequestId(nextRequest);
          Request request =
              orders
                  .get(id)
                  .requestRevocation(requestId, "why", Fixtures.REQUESTER, requestsOf(id), clock);
          nextRequest++;
          requests.put(requestId, request);
        });
  }

  void revokeWithoutApproval(OrderId id) {
    attempt(
        () -> {
          orders.put(id, orders.get(id).revokeWithoutApproval("now", requestsOf(id)));
          revokedWithoutApproval.add(id);
        });
  }

  void decide(RequestId id, Decision decision) {
    attempt(
        () -> {
          Request request = requests.get(id);
          OrderId orderId = request.orderId().orElseThrow();
          RequestDecision result =
              request.decide(decision, Fixtures.ADMIN, "c", orders.get(orderId), clock);
          orders.put(orderId, result.order());
          recordDecided(result.request());
        });
  }

  /** Revoking an order revokes every certificate it ever carried. */
  private void noteRevocations() {
    for (Issuance issuance : issuances) {
      if (orders.get(issuance.before().id()).status() == OrderStatus.REVOKED) {
        revokedCertificates.put(issuance.certificate().id(), issuance.before().id());
      }
    }
  }

  private void recordDecided(Request decided) {
    requests.put(decided.id(), decided);
    decidedSnapshots.put(decided.id(), decided);
  }

  /** A refused change must leave everything as it was: the snapshot proves it. */
  private void attempt(Runnable change) {
    Map<OrderId, Order> ordersBefore = new HashMap<>(orders);
    Map<RequestId, Request> requestsBefore = new HashMap<>(requests);
    try {
      change.run();
      noteRevocations();
    } catch (CertCentralException refused) {
      refusals.add(refused.getClass().getSimpleName());
      if (!ordersBefore.equals(new HashMap<>(orders))
          || !requestsBefore.equals(new HashMap<>(requests))) {
        throw new AssertionError("a refused change altered state: " + refused);
      }
    }
  }

  /** A certificate and its order just before it was issued. */
  record Issuance(IssuedCertificate certificate, Order before) {}
}
