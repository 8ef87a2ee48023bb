package dev.certcentral.fake.internal.dcv;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DcvStatus;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.error.DcvCheckFailedException;
import dev.certcentral.core.domain.error.DcvNotOpenException;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How domains pass DCV in the fake, each step through core's rules ({@link Order#checkDcv}): a name
 * passes when its token is in place (the control API says so) or its time under the {@link
 * DcvPolicy} has come, counted from when DCV opened. DCV opens when the order's new-certificate or
 * reissue request is approved (a reaction), and progresses whenever the account is read (a read
 * reaction that costs one comparison when nothing is due), so no thread ticks in the background.
 * Passing every name issues the certificate through the certificates resource's reaction.
 */
public final class DomainValidation {

  private final State state;

  /** DCV over the fake's state. */
  public DomainValidation(State state) {
    this.state = state;
  }

  /** Registers the reactions: DCV opens on approval, and progresses on reads. */
  void register() {
    state
        .reactions()
        .onRequestChange(
            (account, before, after) -> {
              if (opensDcv(before, after)) {
                after.orderId().ifPresent(id -> settle(account, id));
              }
            });
    state.reactions().onRead(this::settleDue);
  }

  private static boolean opensDcv(Optional<Request> before, Request after) {
    return (after.type() == RequestType.NEW_REQUEST || after.type() == RequestType.REISSUE)
        && after.status() == RequestStatus.APPROVED
        && before.map(b -> b.status().isOpen()).orElse(true);
  }

  private void settleDue(Account account) {
    DcvBook book = account.table(DcvBook.TABLE);
    if (!book.mayBeDue(state.clock().instant())) {
      return;
    }
    account.write(
        () -> {
          if (!book.startSettling()) {
            return;
          }
          try {
            Instant now = state.clock().instant();
            for (Map.Entry<Long, Instant> entry : List.copyOf(book.due().entrySet())) {
              if (!entry.getValue().isAfter(now)) {
                settle(account, new OrderId(entry.getKey()));
              }
            }
            book.recompute();
          } finally {
            book.doneSettling();
          }
        });
  }

  /**
   * Passes every name of the order whose token is in place or whose time has come, and notes when
   * the next one is due; only inside the account's write.
   */
  void settle(Account account, OrderId orderId) {
    DcvBook book = account.table(DcvBook.TABLE);
    Optional<Order> stored = account.order(orderId);
    if (stored.isEmpty()) {
      return;
    }
    Order order = stored.get();
    List<Request> requests = account.requestsOf(orderId);
    Instant now = state.clock().instant();
    DcvPolicy policy = state.dcvPolicy();
    Order after;
    try {
      after =
          order.checkDcv(
              control -> passes(book, policy, order, requests, control.dnsName(), now),
              requests,
              state.clock());
    } catch (DcvNotOpenException notOpen) {
      book.notDue(orderId);
      return;
    }
    Instant opened = openedAt(book, order, requests);
    if (!after.equals(order)) {
      account.put(after);
    }
    Optional<Instant> next =
        after.pendingDomains().stream()
            .map(name -> policy.passesAfter(orderId, name).map(opened::plus))
            .flatMap(Optional::stream)
            .filter(when -> when.isAfter(now))
            .min(Comparator.naturalOrder());
    if (next.isPresent()) {
      book.dueAt(orderId, next.get());
    } else {
      book.notDue(orderId);
    }
  }

  /** Whether the name passes now: its token is in place, or its time under the policy has come. */
  private boolean passes(
      DcvBook book,
      DcvPolicy policy,
      Order order,
      List<Request> requests,
      String name,
      Instant now) {
    if (book.tokenInPlace(order.id(), name)) {
      return true;
    }
    Optional<Duration> after = policy.passesAfter(order.id(), name);
    return after.isPresent() && !openedAt(book, order, requests).plus(after.get()).isAfter(now);
  }

  /**
   * When DCV opened for the order; only once core's {@link Order#checkDcv} found it open: the
   * approval of its new-certificate (or reissue) request, else its creation for an order given
   * already pending, else (an order with neither date) when the fake first found it open, kept so
   * that its delays do not start again at every look.
   */
  private Instant openedAt(DcvBook book, Order order, List<Request> requests) {
    RequestType type =
        order.status() == OrderStatus.REISSUE_PENDING
            ? RequestType.REISSUE
            : RequestType.NEW_REQUEST;
    return requests.stream()
        .filter(r -> r.type() == type && r.status() == RequestStatus.APPROVED)
        .map(Request::dateProcessed)
        .flatMap(Optional::stream)
        .max(Comparator.naturalOrder())
        .or(order::dateCreated)
        .orElseGet(() -> book.firstOpen(order.id(), state.clock().instant()));
  }

  /**
   * The control API's "this token is in place": the name passes as soon as DCV is open for the
   * order, at once if it is open now.
   *
   * @throws InvalidRequestException if the name is not one of the order's
   */
  public void tokenInPlace(Account account, OrderId orderId, String dnsName) {
    String name = dnsName == null ? "" : dnsName.toLowerCase(Locale.ROOT);
    account.write(
        () -> {
          Order order = account.findOrder(orderId);
          boolean known =
              order.namesToIssue().contains(name)
                  || order.domainControls().stream().anyMatch(c -> c.dnsName().equals(name));
          if (!known) {
            throw InvalidRequestException.invalidParameter(
                "dns_name", "'" + dnsName + "' is not on order " + orderId);
          }
          account.table(DcvBook.TABLE).placeToken(orderId, name);
          settle(account, orderId);
        });
  }

  /**
   * {@code PUT /order/certificate/{order_id}/check-dcv}: checks the names (all, or the ones given)
   * now, through core's check rule; the names found pass even when others are missing, as DigiCert
   * keeps them.
   *
   * @throws DcvNotOpenException if DCV is not open for the order
   * @throws DcvCheckFailedException with the method's code when a checked name is still missing
   */
  public DcvCheck check(Account account, OrderId orderId, Optional<List<String>> only) {
    return account.write(
        () -> {
          Order order = account.findOrder(orderId);
          List<Request> requests = account.requestsOf(orderId);
          Set<String> checked =
              Set.copyOf(
                  only.map(names -> names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())
                      .orElseGet(order::namesToIssue));
          if (order.status() == OrderStatus.ISSUED && order.certificate().isPresent()) {
            // The fake's own decision (x-fake-decision in openapi/certcentral.yaml): DCV already
            // complete answers as the check that completed it would. The fake passes a name the
            // moment its token is said to be in place (or at once under the instant policy), so
            // an automation that places its tokens and then checks would otherwise be refused.
            return passed(order, order, checked);
          }
          Instant now = state.clock().instant();
          DcvBook book = account.table(DcvBook.TABLE);
          DcvPolicy policy = state.dcvPolicy();
          // Core's check refuses an order whose DCV is not open, before anything is looked at.
          Order after =
              order.checkDcv(
                  control ->
                      checked.contains(control.dnsName())
                          && passes(book, policy, order, requests, control.dnsName(), now),
                  requests,
                  state.clock());
          if (!after.equals(order)) {
            account.put(after);
          }
          List<String> missing = new ArrayList<>(after.pendingDomains());
          missing.retainAll(checked);
          if (!missing.isEmpty()) {
            throw DcvCheckFailedException.of(
                orderId, after.dcvMethod().orElse(DcvMethod.EMAIL), missing);
          }
          return passed(account.findOrder(orderId), after, checked);
        });
  }

  /** Check-DCV's 200: every checked name approved, and the order as it is now. */
  private static DcvCheck passed(Order current, Order validated, Set<String> checked) {
    List<DcvCheck.NameStatus> names = new ArrayList<>();
    for (DomainControl control : validated.domainControls()) {
      if (checked.contains(control.dnsName())) {
        names.add(new DcvCheck.NameStatus(control.dnsName(), DcvStatus.APPROVED.value()));
      }
    }
    Optional<CertificateId> certificate = current.certificate().map(IssuedCertificate::id);
    return new DcvCheck(current.rawStatus(), certificate, DcvCheck.VALID, names);
  }
}
