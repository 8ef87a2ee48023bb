package dev.certcentral.fake;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.internal.FakeApp;
import dev.certcentral.fake.internal.ListenAddress;
import dev.certcentral.fake.internal.admin.AdminRoutes;
import dev.certcentral.fake.internal.admin.ControlPlane;
import dev.certcentral.fake.internal.control.AdminToken;
import dev.certcentral.fake.internal.control.Journal;
import dev.certcentral.fake.internal.control.JournalEntry;
import dev.certcentral.fake.internal.http.Api;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running fake CertCentral, in-process: DigiCert's routes under {@link #baseUrl()}, the control
 * API under {@link #adminUrl()}, and the same control in-process through {@link FakeControl}.
 *
 * <pre>{@code
 * try (FakeCertCentral fake = FakeCertCentral.start()) {
 *   OrderId order = fake.givenOrder(OrderStatus.ISSUED);
 *   // point a client at fake.baseUrl() with fake.apiKey()
 * }
 * }</pre>
 */
public final class FakeCertCentral implements FakeControl, AutoCloseable {

  /** The administrator key every fake accepts unless told otherwise. */
  public static final String DEFAULT_API_KEY = "test-api-key";

  /** The account of the default key, and of keys and orders given no account. */
  public static final long DEFAULT_ACCOUNT = 1;

  /** Bodies above this size are refused with a 400, so a hostile client cannot fill memory. */
  public static final int MAX_BODY_BYTES = FakeApp.MAX_BODY_BYTES;

  /** The header a control client sends the admin token in. */
  public static final String ADMIN_TOKEN_HEADER = AdminToken.HEADER;

  /** How long calls in flight may take to finish once the fake stops, unless told otherwise. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(5);

  /** How long a call's body may take to arrive before it is refused with a 408. */
  static final Duration DEFAULT_BODY_DEADLINE = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(FakeCertCentral.class);

  static {
    JettyPadding.presetWithoutJmx();
  }

  private final FakeApp app;
  private final ControlPlane control;
  private final String apiKey;
  private final Optional<AdminToken> adminToken;
  private final Duration shutdownGrace;

  private FakeCertCentral(Builder builder) {
    this.shutdownGrace = builder.shutdownGrace;
    this.adminToken =
        builder.adminToken.or(
            () ->
                ListenAddress.isLoopback(builder.host)
                    ? Optional.empty()
                    : Optional.of(AdminToken.generate()));
    this.app =
        new FakeApp(
            new FakeApp.Settings(
                builder.host,
                builder.port,
                builder.rateLimits,
                builder.journalCapacity,
                builder.clock,
                builder.seed,
                adminToken,
                builder.allowedHosts,
                builder.shutdownGrace,
                builder.bodyDeadline,
                builder.maxThreads,
                DEFAULT_ACCOUNT));
    this.control = app.control();
    control.startDcvPolicy(builder.dcvPolicy);
    List<String> keys = builder.apiKeys.isEmpty() ? List.of(DEFAULT_API_KEY) : builder.apiKeys;
    for (String key : keys) {
      control.addKey(KeySpec.role(KeyRole.ADMINISTRATOR).value(key));
    }
    builder.keys.forEach(control::addKey);
    this.apiKey = keys.get(0);
  }

  /** Starts a fake on a free loopback port with the default key. */
  public static FakeCertCentral start() {
    return builder().start();
  }

  /** Options for a fake: host, port, keys, rate limits, journal size, clock, seed, DCV policy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving; package-private so the standalone main can preload first. The keys registered
   * by now are the ones a reset keeps.
   */
  FakeCertCentral startServer() {
    app.start();
    return this;
  }

  /** The control plane, for the standalone main's preload. */
  ControlPlane control() {
    return control;
  }

  @Override
  public String baseUrl() {
    return app.connectUrl() + Api.BASE;
  }

  /** The control API's base URL. */
  public String adminUrl() {
    return app.connectUrl() + AdminRoutes.BASE;
  }

  /**
   * Where the fake listens, as bound: {@code http://0.0.0.0:8080} when bound to every interface,
   * where {@link #baseUrl()} names loopback, an address this machine can always connect to.
   */
  public String listenUrl() {
    return app.listenUrl();
  }

  /** The port the fake listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public String apiKey() {
    return apiKey;
  }

  /**
   * The token the control API requires in the {@link #ADMIN_TOKEN_HEADER} header: the one given to
   * the builder, or one generated when the fake is bound beyond loopback; empty otherwise.
   */
  public Optional<String> adminToken() {
    return adminToken.map(AdminToken::value);
  }

  /** The CertCentral as the default key sees it, without HTTP (the port contract's subject). */
  public CertCentral certCentral() {
    return app.session(apiKey);
  }

  @Override
  public OrderId givenOrder(OrderSpec spec) {
    return control.createOrder(spec).order().id();
  }

  @Override
  public String addKey(KeySpec spec) {
    return control.addKey(spec).key().value();
  }

  @Override
  public void inject(Fault fault) {
    control.inject(fault);
  }

  @Override
  public List<Fault> faults() {
    return control.faults().list();
  }

  @Override
  public void clearFaults() {
    control.faults().clear();
  }

  @Override
  public DcvPolicy dcvPolicy() {
    return control.dcvPolicy();
  }

  @Override
  public void setDcvPolicy(DcvPolicy policy) {
    control.setDcvPolicy(policy);
  }

  @Override
  public void dcvTokenInPlace(OrderId orderId, String dnsName) {
    control.dcvTokenInPlace(orderId, dnsName);
  }

  @Override
  public X509CRL crl() {
    return control.crl();
  }

  @Override
  public X509Certificate caRoot() {
    return control.caRoot();
  }

  @Override
  public Instant now() {
    return control.now();
  }

  @Override
  public void setClock(Instant instant) {
    control.setClock(instant);
  }

  @Override
  public void advanceClock(Duration duration) {
    control.advanceClock(duration);
  }

  @Override
  public List<RecordedCall> journal() {
    List<RecordedCall> calls = new ArrayList<>();
    for (JournalEntry entry : control.journal().entries()) {
      calls.add(
          new RecordedCall(
              entry.time(), entry.method(), entry.path(), entry.status(), entry.millis()));
    }
    return calls;
  }

  @Override
  public FakeState state() {
    return FakeState.parse(new String(control.stateDump(), StandardCharsets.UTF_8));
  }

  @Override
  public void reset() {
    control.reset();
  }

  /**
   * Stops the server: new calls are refused at once, calls in flight may finish within the shutdown
   * grace period.
   */
  @Override
  public void close() {
    try {
      if (!app.stop()) {
        LOG.warn("calls still in flight after the {} shutdown grace were cut", shutdownGrace);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Options for a {@link FakeCertCentral}; reusable, each {@link #start()} starts a new fake. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private final List<String> apiKeys = new ArrayList<>();
    private final List<KeySpec> keys = new ArrayList<>();
    private boolean rateLimits;
    private int journalCapacity = Journal.DEFAULT_CAPACITY;
    private Clock clock = Clock.systemUTC();
    private Optional<Long> seed = Optional.empty();
    private DcvPolicy dcvPolicy = DcvPolicy.instant();
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

    /**
     * Adds an administrator key on the default account; the first one is {@link #apiKey()}, and
     * without one the fake has {@link #DEFAULT_API_KEY}.
     */
    public Builder apiKey(String key) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("an API key must not be blank");
      }
      apiKeys.add(key);
      return this;
    }

    /**
     * Adds a key of any role the fake starts with (repeatable); like {@link #apiKey(String)}'s, it
     * survives a reset. Give it a value to know it: {@code
     * KeySpec.role(VIEW_ONLY).value("viewer")}.
     */
    public Builder key(KeySpec key) {
      keys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /** Enforces DigiCert's per-key rate limits (off by default). */
    public Builder rateLimits(boolean enabled) {
      this.rateLimits = enabled;
      return this;
    }

    /** How many calls the journal keeps (default 1000). */
    public Builder journalCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("the journal capacity must be positive");
      }
      this.journalCapacity = capacity;
      return this;
    }

    /**
     * The clock the fake's time starts from; {@code Clock.fixed(...)} stands time still until a
     * test moves it.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The random seed that makes the fake repeat itself: the same seed gives the same test CA keys
     * and certificates. Probabilistic faults take theirs from {@link Fault#seed}.
     */
    public Builder seed(long seed) {
      this.seed = Optional.of(seed);
      return this;
    }

    /**
     * How domains pass DCV from the start and after every reset ({@link DcvPolicy#instant()} unless
     * told otherwise); {@link FakeControl#setDcvPolicy} changes it until the next reset.
     */
    public Builder dcvPolicy(DcvPolicy policy) {
      this.dcvPolicy = Objects.requireNonNull(policy, "policy");
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

    /** Starts a fake with these options. */
    public FakeCertCentral start() {
      return build().startServer();
    }

    /** The fake, not yet serving: for preloading before the first call can arrive. */
    FakeCertCentral build() {
      return new FakeCertCentral(this);
    }
  }
}
