package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.Request;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.internal.ca.TestCertificateAuthority;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake's state, the small API every resource reaches it through: the keys and the accounts they
 * see, the id sequences, the clock, the test CA, and the reactions that carry a change in one
 * resource to another. Every change of an order or request goes through core's rules, applied by
 * the resources; this class holds what they produce.
 *
 * <p>Thread-safe. Ids are unique across accounts, as in CertCentral.
 */
public final class State {

  /** The first order id (and again after {@link #reset()}). */
  public static final long FIRST_ORDER_ID = 1_000_001;

  /** The first request id (and again after {@link #reset()}). */
  public static final long FIRST_REQUEST_ID = 5_001;

  /** The first domain id of a domain validation. */
  public static final long FIRST_DOMAIN_ID = 1_001;

  /** The first certificate id (and again after {@link #reset()}). */
  public static final long FIRST_CERTIFICATE_ID = 30_000_001;

  /** Where the CRL is served, below the fake's root URL; the same path for every fake. */
  public static final String CRL_PATH = "/crl/certcentral-fake-intermediate.crl";

  private final SimulatedClock clock;
  private final Optional<Long> seed;
  private final Keys keys = new Keys();
  private final Reactions reactions = new Reactions();
  private final Map<Long, Account> accounts = new ConcurrentHashMap<>();
  private final Map<String, Sequence> sequences = new ConcurrentHashMap<>();
  private final Sequence orderIds = sequence("order", FIRST_ORDER_ID);
  private final Sequence requestIds = sequence("request", FIRST_REQUEST_ID);
  private final Sequence domainIds = sequence("domain", FIRST_DOMAIN_ID);
  private final Sequence certificateIds = sequence("certificate", FIRST_CERTIFICATE_ID);
  private final Map<Table<?>, Object> tables = new ConcurrentHashMap<>();
  private volatile TestCertificateAuthority ca;
  private volatile URI crlUrl = URI.create("http://127.0.0.1" + CRL_PATH);
  private volatile DcvPolicy startDcvPolicy = DcvPolicy.instant();
  private volatile DcvPolicy dcvPolicy = startDcvPolicy;

  /**
   * An empty state on the clock; with a seed, the test CA is deterministic.
   *
   * @param clock every timestamp's source
   * @param seed the random seed of the test CA, or empty for a random CA
   */
  public State(SimulatedClock clock, Optional<Long> seed) {
    this.clock = clock;
    this.seed = seed;
  }

  /** The clock every timestamp comes from. */
  public SimulatedClock clock() {
    return clock;
  }

  /** The API keys. */
  public Keys keys() {
    return keys;
  }

  /** The reactions resources register for each other's changes. */
  public Reactions reactions() {
    return reactions;
  }

  /** The account with this id, empty until something is stored in it. */
  public Account account(long accountId) {
    return accounts.computeIfAbsent(accountId, id -> new Account(id, reactions));
  }

  /** The account holding the order, if any does: order ids are unique across accounts. */
  public Optional<Account> accountOf(dev.certcentral.core.domain.OrderId orderId) {
    for (Account account : accounts.values()) {
      if (account.order(orderId).isPresent()) {
        return Optional.of(account);
      }
    }
    return Optional.empty();
  }

  /** Who a call with this key comes from. */
  public Caller caller(ApiKey key) {
    return new Caller(this, account(key.accountId()), key);
  }

  /** Order ids. */
  public Sequence orderIds() {
    return orderIds;
  }

  /** Request ids: a refused change takes none ({@link Sequence#withNext}). */
  public Sequence requestIds() {
    return requestIds;
  }

  /** Domain ids of domain validations. */
  public Sequence domainIds() {
    return domainIds;
  }

  /** Certificate ids, unique across accounts; a reissue's certificate gets a new one. */
  public Sequence certificateIds() {
    return certificateIds;
  }

  /**
   * A resource's fake-wide table (such as the CRL's revoked serials, which span accounts), made on
   * first use and forgotten on reset, as an account's tables are.
   */
  public <T> T table(Table<T> table) {
    return table.type().cast(tables.computeIfAbsent(table, t -> t.create()));
  }

  /** The random seed the fake was given, if any: what makes its CA and DCV tokens repeat. */
  public Optional<Long> seed() {
    return seed;
  }

  /** The URL of the CRL the fake serves, which every certificate it issues names. */
  public URI crlUrl() {
    return crlUrl;
  }

  /** Sets where the CRL is served, once the fake knows its own address. */
  public void crlUrl(URI url) {
    this.crlUrl = url;
  }

  /** How domains pass DCV without a token placed through the control API. */
  public DcvPolicy dcvPolicy() {
    return dcvPolicy;
  }

  /** Sets how domains pass DCV from now on. */
  public void dcvPolicy(DcvPolicy policy) {
    this.dcvPolicy = policy;
  }

  /** Sets how domains pass DCV from now on and after every reset. */
  public void startDcvPolicy(DcvPolicy policy) {
    this.startDcvPolicy = policy;
    this.dcvPolicy = policy;
  }

  /** A sequence of ids of a resource's own, made on first use, reset with the others. */
  public Sequence sequence(String name, long first) {
    return sequences.computeIfAbsent(name, n -> new Sequence(first));
  }

  /**
   * The fake's test CA, made on first use (a CA's keys take milliseconds): deterministic with the
   * fake's seed. It outlives a reset, so a client that trusts its root keeps trusting it.
   */
  public TestCertificateAuthority ca() {
    TestCertificateAuthority made = ca;
    if (made == null) {
      synchronized (this) {
        made = ca;
        if (made == null) {
          made =
              seed.isPresent()
                  ? TestCertificateAuthority.seeded(seed.get(), clock)
                  : TestCertificateAuthority.random(clock);
          ca = made;
        }
      }
    }
    return made;
  }

  /**
   * Forgets every account, fake-wide table and key added since {@link Keys#keepAsStart()}, restarts
   * the ids and sets the DCV policy back to the start's; the clock and the CA stay.
   */
  public synchronized void reset() {
    keys.reset();
    accounts.clear();
    tables.clear();
    sequences.values().forEach(Sequence::reset);
    dcvPolicy = startDcvPolicy;
  }

  /** A consistent-enough copy of every account, by id, for the state dump. */
  public List<AccountSnapshot> snapshot() {
    List<AccountSnapshot> result = new ArrayList<>();
    accounts.values().stream()
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .forEach(
            account -> {
              List<Order> orders = account.orders();
              List<Request> requests = account.requests();
              result.add(new AccountSnapshot(account.id(), orders, requests));
            });
    return result;
  }
}
