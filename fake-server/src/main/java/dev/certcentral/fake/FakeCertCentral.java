package dev.certcentral.fake;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.admin.AdminRoutes;
import dev.certcentral.fake.admin.AdminToken;
import dev.certcentral.fake.admin.HeapBudget;
import dev.certcentral.fake.store.ApiKey;
import dev.certcentral.fake.store.CertCentralStore;
import dev.certcentral.fake.store.KeyRole;
import dev.certcentral.fake.store.OrderSeed;
import dev.certcentral.fake.store.SimulatedClock;
import dev.certcentral.fake.web.AllowedHosts;
import dev.certcentral.fake.web.ApiRoutes;
import dev.certcentral.fake.web.ErrorResponses;
import dev.certcentral.fake.web.Fault;
import dev.certcentral.fake.web.Faults;
import dev.certcentral.fake.web.JettyHardening;
import dev.certcentral.fake.web.Journal;
import dev.certcentral.fake.web.JsonBody;
import dev.certcentral.fake.web.MoshiJsonMapper;
import dev.certcentral.fake.web.RateLimiter;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running fake CertCentral: DigiCert's routes under {@link #baseUrl()}, the control API under
 * {@link #adminUrl()}, and direct access to its state for tests.
 *
 * <pre>{@code
 * try (FakeCertCentral fake = FakeCertCentral.start()) {
 *   OrderId order = fake.givenOrder(OrderStatus.ISSUED);
 *   // point a client at fake.baseUrl() with fake.apiKey()
 * }
 * }</pre>
 */
public final class FakeCertCentral implements AutoCloseable {

  /** The administrator key every fake accepts unless told otherwise. */
  public static final String DEFAULT_API_KEY = "test-api-key";

  /** The account of the default key. */
  public static final long DEFAULT_ACCOUNT = 1;

  /** Bodies above this size are refused with a 400, so a hostile client cannot fill memory. */
  public static final int MAX_BODY_BYTES = JsonBody.MAX_BYTES;

  /** How long calls in flight may take to finish once the fake stops, unless told otherwise. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(5);

  /** How long a call's body may take to arrive before it is refused with a 408. */
  static final Duration DEFAULT_BODY_DEADLINE = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(FakeCertCentral.class);

  static {
    JettyPadding.presetWithoutJmx();
  }

  private final Javalin app;
  private final CertCentralStore store;
  private final Faults faults;
  private final Journal journal;
  private final AdminRoutes admin;
  private final String apiKey;
  private final String host;
  private final Optional<AdminToken> adminToken;
  private final Duration shutdownGrace;
  private final JettyHardening hardening;
  private final ListenAddress address;

  private FakeCertCentral(Builder builder) {
    this.store = new CertCentralStore(new SimulatedClock(builder.clock));
    this.faults = new Faults();
    this.journal = new Journal(builder.journalCapacity);
    this.host = builder.host;
    this.shutdownGrace = builder.shutdownGrace;
    this.adminToken =
        builder.adminToken.or(
            () ->
                ListenAddress.isLoopback(builder.host)
                    ? Optional.empty()
                    : Optional.of(AdminToken.generate()));
    List<String> keys = builder.apiKeys.isEmpty() ? List.of(DEFAULT_API_KEY) : builder.apiKeys;
    for (String key : keys) {
      store.addApiKey(key, KeyRole.ADMINISTRATOR, DEFAULT_ACCOUNT);
    }
    this.apiKey = keys.get(0);
    Optional<RateLimiter> limiter =
        builder.rateLimits ? Optional.of(new RateLimiter(store.clock())) : Optional.empty();
    MoshiJsonMapper json = new MoshiJsonMapper();
    ApiRoutes api = new ApiRoutes(store, json, faults, limiter);
    this.admin =
        new AdminRoutes(
            store,
            json,
            faults,
            journal,
            limiter,
            DEFAULT_ACCOUNT,
            HeapBudget.ofThisJvm(),
            adminToken);
    List<String> hostNames = new ArrayList<>(builder.allowedHosts);
    hostNames.add(builder.host);
    this.hardening =
        new JettyHardening(
            AllowedHosts.of(hostNames),
            builder.bodyDeadline,
            builder.shutdownGrace,
            builder.maxThreads);
    this.app =
        Javalin.create(
            config -> {
              config.jetty.host = builder.host;
              config.jetty.port = builder.port;
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jsonMapper(json);
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.http.defaultContentType = "application/json";
              config.requestLogger.http(
                  (ctx, millis) -> journal.record(ctx, store.clock().instant(), millis));
              hardening.applyTo(config);
              ErrorResponses.register(config);
              api.register(config);
              admin.register(config);
            });
    this.address = new ListenAddress(app, host);
  }

  /** Starts a fake on a free loopback port with the default key. */
  public static FakeCertCentral start() {
    return builder().start();
  }

  /** Options for a fake: host, port, keys, rate limits, journal size, clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving; package-private so the standalone main can seed first. The keys registered by
   * now are the ones a reset keeps.
   */
  FakeCertCentral startServer() {
    store.keepKeysAsStartState();
    app.start();
    return this;
  }

  /** The CertCentral API's base URL, like {@code https://www.digicert.com/services/v2}. */
  public String baseUrl() {
    return rootUrl() + ApiRoutes.BASE;
  }

  /** The control API's base URL. */
  public String adminUrl() {
    return rootUrl() + AdminRoutes.BASE;
  }

  /**
   * Where the fake listens, as bound: {@code http://0.0.0.0:8080} when bound to every interface,
   * where {@link #baseUrl()} names loopback, an address this machine can always connect to.
   */
  public String listenUrl() {
    return address.listenUrl();
  }

  private String rootUrl() {
    return address.connectUrl();
  }

  /** The port the fake listens on. */
  public int port() {
    return app.port();
  }

  /** The default administrator key. */
  public String apiKey() {
    return apiKey;
  }

  /**
   * The token the control API requires in the {@link AdminToken#HEADER} header: the one given to
   * the builder, or one generated when the fake is bound beyond loopback; empty otherwise.
   */
  public Optional<String> adminToken() {
    return adminToken.map(AdminToken::value);
  }

  /** The fake's state, for direct seeding and inspection. */
  public CertCentralStore store() {
    return store;
  }

  /** The clock every timestamp comes from; set or advance it to move time. */
  public SimulatedClock clock() {
    return store.clock();
  }

  /** The faults in force; add some to make calls fail. */
  public Faults faults() {
    return faults;
  }

  /** Adds a fault, with no seed. */
  public void inject(Fault fault) {
    faults.add(fault, Optional.empty());
  }

  /** The last requests received. */
  public Journal journal() {
    return journal;
  }

  /** The CertCentral as the default key sees it, without HTTP (the port contract's subject). */
  public CertCentral certCentral() {
    return store.as(apiKey);
  }

  /** Creates an order in the default account. */
  public OrderId givenOrder(OrderStatus status) {
    return givenOrder(OrderSeed.withStatus(status)).id();
  }

  /** Creates an order in the default account from a seed. */
  public Order givenOrder(OrderSeed seed) {
    return store.createOrder(DEFAULT_ACCOUNT, seed);
  }

  /** Creates an order in the account of {@code key}. */
  public Order givenOrder(String key, OrderSeed seed) {
    long account = store.findKey(key).map(ApiKey::accountId).orElseThrow();
    return store.createOrder(account, seed);
  }

  /** A new key with the role on a fresh account: its calls see nothing of other tests. */
  public String newAccountKey(KeyRole role) {
    String key = "key-" + UUID.randomUUID();
    store.addApiKeyWithNewAccount(key, role);
    return key;
  }

  /** A new key with the role on the default account. */
  public String addKey(KeyRole role) {
    String key = "key-" + UUID.randomUUID();
    store.addApiKey(key, role, DEFAULT_ACCOUNT);
    return key;
  }

  /**
   * Forgets all orders, requests, faults, journal entries, rate counts and the keys added since the
   * start; resets the clock.
   */
  public void reset() {
    admin.resetAll();
  }

  /**
   * Stops the server: new calls are refused at once, calls in flight may finish within the shutdown
   * grace period.
   */
  @Override
  public void close() {
    try {
      if (!hardening.drain()) {
        LOG.warn("calls still in flight after the {} shutdown grace were cut", shutdownGrace);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    app.stop();
  }

  /** Options for a {@link FakeCertCentral}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private final List<String> apiKeys = new ArrayList<>();
    private boolean rateLimits;
    private int journalCapacity = Journal.DEFAULT_CAPACITY;
    private Clock clock = Clock.systemUTC();
    private Optional<AdminToken> adminToken = Optional.empty();
    private final List<String> allowedHosts = new ArrayList<>();
    private Duration shutdownGrace = DEFAULT_SHUTDOWN_GRACE;
    private Duration bodyDeadline = DEFAULT_BODY_DEADLINE;
    private int maxThreads;

    private Builder() {}

    /**
     * The address to bind; loopback unless told otherwise. Beyond loopback the control API requires
     * a token: the one given to {@link #adminToken(String)}, or a generated one.
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /** Adds an administrator key on the default account; the first one is {@link #apiKey()}. */
    public Builder apiKey(String key) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("an API key must not be blank");
      }
      apiKeys.add(key);
      return this;
    }

    /** Enforces DigiCert's per-key rate limits (off by default). */
    public Builder rateLimits(boolean enabled) {
      this.rateLimits = enabled;
      return this;
    }

    /** How many requests the journal keeps. */
    public Builder journalCapacity(int capacity) {
      this.journalCapacity = capacity;
      return this;
    }

    /** The clock the simulated clock starts from. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The token the control API requires, even on loopback. */
    public Builder adminToken(String token) {
      this.adminToken = Optional.of(AdminToken.of(token));
      return this;
    }

    /**
     * Another name the fake answers to in the {@code Host} header (repeatable). Address literals,
     * {@code localhost} and the bound host are always answered; other names are refused, so a web
     * page cannot reach the fake through DNS rebinding.
     */
    public Builder allowedHost(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an allowed host must not be blank");
      }
      allowedHosts.add(name);
      return this;
    }

    /** How long calls in flight may take to finish once the fake stops (default 5 s). */
    public Builder shutdownGrace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("the shutdown grace must not be negative");
      }
      this.shutdownGrace = grace;
      return this;
    }

    /** How long a call's body may take to arrive; for tests of slow clients. */
    Builder bodyDeadline(Duration deadline) {
      this.bodyDeadline = deadline;
      return this;
    }

    /** The most worker threads; for tests that need a pool small enough to exhaust. */
    Builder maxThreads(int threads) {
      this.maxThreads = threads;
      return this;
    }

    /** Starts the fake. */
    public FakeCertCentral start() {
      return build().startServer();
    }

    /** The fake, not yet serving: for loading a seed before the first call can arrive. */
    FakeCertCentral build() {
      return new FakeCertCentral(this);
    }
  }
}
