package dev.certcentral.fake.internal.admin;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.Fault;
import dev.certcentral.fake.KeySpec;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.certificates.Certificates;
import dev.certcentral.fake.internal.control.Faults;
import dev.certcentral.fake.internal.control.HeapBudget;
import dev.certcentral.fake.internal.control.Journal;
import dev.certcentral.fake.internal.dcv.DomainValidation;
import dev.certcentral.fake.internal.http.RateLimiter;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.ApiKey;
import dev.certcentral.fake.internal.state.State;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a test does to a fake, once: the in-process {@code FakeCertCentral} and the {@code /__fake}
 * routes both call these, so a control call behaves the same from either side.
 */
public final class ControlPlane {

  /** The most orders one bulk call creates. */
  public static final long MAX_BULK = 1_000_000;

  /** An order created, and the account it is in. */
  public record CreatedOrder(Order order, long accountId) {}

  /** A range of orders created at once. */
  public record OrderRange(long count, long firstId, long lastId, long accountId) {}

  /** A key as the control API registered it, and whether it was new. */
  public record AddedKey(ApiKey key, boolean created) {}

  private final State state;
  private final Faults faults;
  private final Journal journal;
  private final Optional<RateLimiter> rateLimiter;
  private final HeapBudget heap;
  private final long defaultAccountId;
  private final OrderFactory orders;
  // One creation at a time: two bulk calls checked against the same free heap would both fit.
  private final Object creating = new Object();

  /** The control plane over one fake's parts. */
  public ControlPlane(
      State state,
      Faults faults,
      Journal journal,
      Optional<RateLimiter> rateLimiter,
      HeapBudget heap,
      long defaultAccountId) {
    this.state = state;
    this.faults = faults;
    this.journal = journal;
    this.rateLimiter = rateLimiter;
    this.heap = heap;
    this.defaultAccountId = defaultAccountId;
    this.orders = new OrderFactory(state);
  }

  /** The fake's state. */
  public State state() {
    return state;
  }

  /** The faults in force. */
  public Faults faults() {
    return faults;
  }

  /** The journal. */
  public Journal journal() {
    return journal;
  }

  /**
   * Creates an order, if the heap has room for it.
   *
   * @throws InvalidRequestException if the spec names an unknown key, or the heap is too full
   */
  public CreatedOrder createOrder(OrderSpec spec) {
    long accountId = accountOf(spec);
    synchronized (creating) {
      heap.checkRoomFor(1, spec);
      return new CreatedOrder(orders.create(accountId, spec), accountId);
    }
  }

  /**
   * Creates {@code count} identical orders, for load tests, if the heap has room for all of them:
   * none otherwise.
   *
   * @throws InvalidRequestException if the count is outside 1..{@link #MAX_BULK}, the spec names an
   *     unknown key, or the heap is too full
   */
  public OrderRange createOrders(OrderSpec spec, long count) {
    if (count < 1 || count > MAX_BULK) {
      throw InvalidRequestException.invalidParameter("count", "must be 1.." + MAX_BULK);
    }
    long accountId = accountOf(spec);
    synchronized (creating) {
      heap.checkRoomFor(count, spec);
      long first = orders.create(accountId, spec).id().value();
      long last = first;
      for (long i = 1; i < count; i++) {
        last = orders.create(accountId, spec).id().value();
      }
      return new OrderRange(count, first, last, accountId);
    }
  }

  private long accountOf(OrderSpec spec) {
    if (spec.apiKey().isPresent()) {
      return state
          .keys()
          .find(spec.apiKey().get())
          .map(ApiKey::accountId)
          .orElseThrow(() -> InvalidRequestException.invalidParameter("api_key", "unknown key"));
    }
    return spec.accountId().orElse(defaultAccountId);
  }

  /**
   * Registers a key; one without a value gets a made-up one, one without an account joins the
   * default account, as orders do.
   *
   * @throws dev.certcentral.core.domain.error.CertCentralException (409 {@code api_key_exists}) if
   *     the key exists with another role or account; {@link InvalidRequestException} if the fake
   *     holds too many keys or the key is too long
   */
  public AddedKey addKey(KeySpec spec) {
    String value = spec.value().orElseGet(() -> "key-" + UUID.randomUUID());
    boolean known = state.keys().find(value).isPresent();
    long accountId =
        spec.isNewAccount()
            ? state.keys().newAccountId()
            : spec.accountId().orElse(defaultAccountId);
    return new AddedKey(state.keys().add(value, spec.role(), accountId), !known);
  }

  /** How domains pass DCV. */
  public DcvPolicy dcvPolicy() {
    return state.dcvPolicy();
  }

  /** Sets how domains pass DCV from now on. */
  public void setDcvPolicy(DcvPolicy policy) {
    state.dcvPolicy(Objects.requireNonNull(policy, "policy"));
  }

  /** Sets how domains pass DCV from now on and after every reset. */
  public void startDcvPolicy(DcvPolicy policy) {
    state.startDcvPolicy(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The token of the order's name is in place.
   *
   * @throws NotFoundException ({@code not_found|order}) if no account holds the order
   */
  public void dcvTokenInPlace(OrderId orderId, String dnsName) {
    Account account = state.accountOf(orderId).orElseThrow(() -> Account.orderNotFound(orderId));
    new DomainValidation(state).tokenInPlace(account, orderId, dnsName);
  }

  /** The CRL now. */
  public X509CRL crl() {
    return Certificates.crl(state);
  }

  /** The test CA's root. */
  public X509Certificate caRoot() {
    return Certificates.root(state);
  }

  /** Puts a fault in force; a fault with a seed restarts the faults' generator. */
  public void inject(Fault fault) {
    faults.add(fault);
  }

  /** The fake's time. */
  public Instant now() {
    return state.clock().instant();
  }

  /** Sets the fake's time. */
  public void setClock(Instant instant) {
    state.clock().set(instant);
  }

  /** Moves the fake's time. */
  public void advanceClock(Duration duration) {
    state.clock().advance(duration);
  }

  /** The state dump, in the admin API's JSON. */
  public byte[] stateDump() {
    return StateDump.render(state, faults.list().size());
  }

  /**
   * Forgets orders, requests, added keys, faults, the journal and rate counts, and follows real
   * time again; the start keys stay.
   */
  public void reset() {
    state.reset();
    faults.clear();
    journal.clear();
    rateLimiter.ifPresent(RateLimiter::clear);
    state.clock().reset();
  }
}
