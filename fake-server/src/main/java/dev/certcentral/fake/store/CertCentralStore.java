package dev.certcentral.fake.store;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.port.out.CertCentral;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The fake's in-memory CertCentral: accounts holding orders, requests and validations, and the API
 * keys that see them. Every change of an order or request goes through core's rules.
 *
 * <p>Thread-safe. Ids are unique across accounts, as in CertCentral, and handed out without gaps so
 * a refused request leaves no trace.
 */
public final class CertCentralStore {

  /** The first order id the store hands out (and again after {@link #reset()}). */
  public static final long FIRST_ORDER_ID = 1_000_001;

  /** The first request id the store hands out (and again after {@link #reset()}). */
  public static final long FIRST_REQUEST_ID = 5_001;

  /** The most keys a store holds, so adding keys cannot fill the heap. */
  public static final int MAX_KEYS = 10_000;

  /** The longest key accepted, in characters; DigiCert's keys are far shorter. */
  public static final int MAX_KEY_LENGTH = 200;

  private static final Set<OrderStatus> VALIDATED =
      EnumSet.of(
          OrderStatus.WAITING_PICKUP,
          OrderStatus.ISSUED,
          OrderStatus.REISSUE_PENDING,
          OrderStatus.REVOKED,
          OrderStatus.EXPIRED);

  private static final User SEED_REQUESTER = new User(1, "Seed", "Requester", "seed@example.com");

  private final SimulatedClock clock;
  private final Map<String, ApiKey> keys = new ConcurrentHashMap<>();
  private final Map<Long, Account> accounts = new ConcurrentHashMap<>();
  private final AtomicLong orderIds = new AtomicLong(FIRST_ORDER_ID);
  private final AtomicLong userIds = new AtomicLong(100);
  private final AtomicLong accountIds = new AtomicLong(1);
  private final AtomicLong domainIds = new AtomicLong(1000);
  private final Object requestIdLock = new Object();
  private long nextRequestId = FIRST_REQUEST_ID;
  private StartKeys startKeys = new StartKeys(Map.of(), 1, 100);

  /** The keys, and the counters their accounts and users came from, that a reset returns to. */
  private record StartKeys(Map<String, ApiKey> keys, long lastAccountId, long lastUserId) {}

  /** Creates an empty store on the given clock. */
  public CertCentralStore(SimulatedClock clock) {
    this.clock = clock;
  }

  /** The clock every timestamp the store writes comes from. */
  public SimulatedClock clock() {
    return clock;
  }

  /**
   * Registers a key for an account. Registering a key again with the same role and account returns
   * it unchanged; a key is never silently moved to another account or role.
   *
   * @throws ApiKeyConflictException if the key exists with another role or account
   * @throws dev.certcentral.core.domain.error.InvalidRequestException if the key is longer than
   *     {@link #MAX_KEY_LENGTH} or the store already holds {@link #MAX_KEYS}
   */
  public synchronized ApiKey addApiKey(String value, KeyRole role, long accountId) {
    ApiKey existing = keys.get(value);
    if (existing != null) {
      if (existing.role() != role || existing.accountId() != accountId) {
        throw new ApiKeyConflictException(existing);
      }
      return existing;
    }
    if (value.length() > MAX_KEY_LENGTH) {
      throw InvalidRequestException.invalidParameter(
          "key", "longer than " + MAX_KEY_LENGTH + " characters");
    }
    if (keys.size() >= MAX_KEYS) {
      throw InvalidRequestException.invalidParameter(
          "key", "the fake holds at most " + MAX_KEYS + " keys; a reset forgets the added ones");
    }
    long userId = userIds.incrementAndGet();
    User user = new User(userId, "Fake", role.value(), "user" + userId + "@example.com");
    ApiKey key = new ApiKey(value, accountId, role, user);
    keys.put(value, key);
    accountIds.accumulateAndGet(accountId, Math::max);
    return key;
  }

  /** Registers a key on a fresh account of its own, so its tests see nothing of others. */
  public ApiKey addApiKeyWithNewAccount(String value, KeyRole role) {
    return addApiKey(value, role, newAccountId());
  }

  /** An account id no key or order uses yet. */
  public long newAccountId() {
    return accountIds.incrementAndGet();
  }

  /** Makes the keys registered now the ones {@link #reset()} returns to. */
  public synchronized void keepKeysAsStartState() {
    startKeys = new StartKeys(Map.copyOf(keys), accountIds.get(), userIds.get());
  }

  /** The key with this value, if registered. */
  public Optional<ApiKey> findKey(String value) {
    return value == null ? Optional.empty() : Optional.ofNullable(keys.get(value));
  }

  /** Every registered key. */
  public List<ApiKey> keys() {
    return List.copyOf(keys.values());
  }

  /** The CertCentral as seen through a key. */
  public CertCentral as(ApiKey key) {
    return new StoreSession(this, account(key.accountId()), key);
  }

  /**
   * The CertCentral as seen through a key value.
   *
   * @throws AccessDeniedException with {@code access_denied|access_denied_invalid_key} if unknown
   */
  public CertCentral as(String keyValue) {
    return as(
        findKey(keyValue)
            .orElseThrow(
                () ->
                    new AccessDeniedException(
                        "invalid API key",
                        0,
                        List.of(new DigiCertError(ErrorCodes.INVALID_KEY, "Invalid API key.")),
                        null)));
  }

  /**
   * Creates an order in an account. An order in {@code reissue_pending} gets an open reissue
   * request and one in {@code needs_approval} an open new-certificate request, as in CertCentral.
   */
  public Order createOrder(long accountId, OrderSeed seed) {
    Account account = account(accountId);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    OrderId id = new OrderId(orderIds.getAndIncrement());
    Order order =
        Order.builder(id)
            .status(seed.status())
            .commonName(seed.commonName())
            .dnsNames(seed.dnsNames())
            .organization(seed.organization())
            .productNameId(seed.productNameId())
            .validityYears(seed.validityYears())
            .dateCreated(now)
            .build();
    boolean validated = VALIDATED.contains(seed.status());
    synchronized (account.lock) {
      account.put(order);
      account.put(
          id,
          new Account.Validations(
              seed.organizationValidations()
                  .orElseGet(() -> organizationValidations(validated, now)),
              seed.dnsNameValidations().orElseGet(() -> dnsValidations(order, validated, now))));
      if (seed.status() == OrderStatus.REISSUE_PENDING) {
        account.put(openRequest(id, RequestType.REISSUE, now));
      } else if (seed.status() == OrderStatus.NEEDS_APPROVAL) {
        account.put(openRequest(id, RequestType.NEW_REQUEST, now));
      }
    }
    return order;
  }

  /** How many orders an account holds. */
  public int orderCount(long accountId) {
    return account(accountId).orderCount();
  }

  /**
   * Forgets every order, request and validation and every key added since {@link
   * #keepKeysAsStartState()}, and restarts the ids; the clock stays.
   */
  public synchronized void reset() {
    keys.clear();
    keys.putAll(startKeys.keys());
    accountIds.set(startKeys.lastAccountId());
    userIds.set(startKeys.lastUserId());
    accounts.clear();
    orderIds.set(FIRST_ORDER_ID);
    synchronized (requestIdLock) {
      nextRequestId = FIRST_REQUEST_ID;
    }
  }

  /** A consistent-enough copy of every account for the state dump. */
  public List<AccountSnapshot> snapshot() {
    List<AccountSnapshot> result = new ArrayList<>();
    accounts.values().stream()
        .sorted((a, b) -> Long.compare(a.id, b.id))
        .forEach(
            account -> {
              List<Order> orders = new ArrayList<>();
              account.orders().forEach(orders::add);
              List<Request> requests = new ArrayList<>();
              account.requests().forEach(requests::add);
              result.add(new AccountSnapshot(account.id, orders, requests));
            });
    return result;
  }

  /**
   * Runs {@code use} with the next request id and keeps that id taken only if {@code use} returns
   * normally: a refused revoke leaves the sequence as it was.
   */
  <T> T withNextRequestId(Function<RequestId, T> use) {
    synchronized (requestIdLock) {
      T result = use.apply(new RequestId(nextRequestId));
      nextRequestId++;
      return result;
    }
  }

  private Account account(long accountId) {
    return accounts.computeIfAbsent(accountId, Account::new);
  }

  private Request openRequest(OrderId orderId, RequestType type, Instant now) {
    return withNextRequestId(
        id ->
            Request.builder(id, now)
                .type(type)
                .status(RequestStatus.PENDING)
                .requester(SEED_REQUESTER)
                .comments(type == RequestType.REISSUE ? "Reissue requested." : "New certificate.")
                .orderId(orderId)
                .build());
  }

  private static List<OrganizationValidation> organizationValidations(
      boolean validated, Instant now) {
    return List.of(
        new OrganizationValidation(
            "ov",
            "OV",
            "Normal Organization Validation",
            validated ? Optional.of(now) : Optional.empty(),
            validated ? Optional.of(now.plus(Duration.ofDays(397))) : Optional.empty(),
            validated ? "complete" : "pending"));
  }

  private List<DnsNameValidation> dnsValidations(Order order, boolean validated, Instant now) {
    List<DnsNameValidation> result = new ArrayList<>();
    for (String name : order.dnsNames()) {
      result.add(
          new DnsNameValidation(
              Long.toString(domainIds.incrementAndGet()),
              name.startsWith("*.") ? name.substring(2) : name,
              "domain",
              validated ? "approved" : "pending",
              "email",
              List.of(name),
              validated ? Optional.of(now.plus(Duration.ofDays(397))) : Optional.empty()));
    }
    return result;
  }
}
