package dev.certcentral.fake.internal;

import dev.certcentral.fake.internal.admin.AdminRoutes;
import dev.certcentral.fake.internal.admin.ControlPlane;
import dev.certcentral.fake.internal.control.AdminToken;
import dev.certcentral.fake.internal.control.Faults;
import dev.certcentral.fake.internal.control.HeapBudget;
import dev.certcentral.fake.internal.control.Journal;
import dev.certcentral.fake.internal.http.AllowedHosts;
import dev.certcentral.fake.internal.http.Api;
import dev.certcentral.fake.internal.http.CallRecorder;
import dev.certcentral.fake.internal.http.ErrorAnswers;
import dev.certcentral.fake.internal.http.JettyHardening;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.MoshiJsonMapper;
import dev.certcentral.fake.internal.http.RateLimiter;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One fake, assembled: its state, its control plane, the Jetty hardening, the CertCentral API with
 * every {@link Resources resource} and the control API, on Javalin. The public {@code
 * FakeCertCentral} holds one and speaks only JDK and core types.
 */
public final class FakeApp {

  /** Bodies above this size are refused with a 400, so a hostile client cannot fill memory. */
  public static final int MAX_BODY_BYTES = JsonBody.MAX_BYTES;

  /**
   * How one fake is built.
   *
   * @param host the address to bind
   * @param port the port, 0 for a free one
   * @param rateLimits whether DigiCert's per-key limits are enforced
   * @param journalCapacity how many calls the journal keeps
   * @param clock the clock the fake's time starts from
   * @param seed the random seed of the test CA, if it is to be deterministic
   * @param adminToken the token the control API requires, if any
   * @param allowedHosts host names answered beyond the bound host and loopback
   * @param shutdownGrace how long calls in flight may finish once the fake stops
   * @param bodyDeadline how long a call's body may take to arrive
   * @param maxThreads the most worker threads, 0 for Javalin's default
   * @param defaultAccountId the account of keys and orders given none
   */
  public record Settings(
      String host,
      int port,
      boolean rateLimits,
      int journalCapacity,
      Clock clock,
      Optional<Long> seed,
      Optional<AdminToken> adminToken,
      List<String> allowedHosts,
      Duration shutdownGrace,
      Duration bodyDeadline,
      int maxThreads,
      long defaultAccountId) {

    /** Copies the list. */
    public Settings {
      allowedHosts = List.copyOf(allowedHosts);
    }
  }

  private final State state;
  private final ControlPlane control;
  private final JettyHardening hardening;
  private final Javalin app;
  private final ListenAddress address;

  /** Builds the fake; it serves once {@link #start()} is called. */
  public FakeApp(Settings settings) {
    this.state = Resources.wire(new State(new SimulatedClock(settings.clock()), settings.seed()));
    Journal journal = new Journal(settings.journalCapacity());
    Faults faults = new Faults();
    Optional<RateLimiter> limiter =
        settings.rateLimits() ? Optional.of(new RateLimiter(state.clock())) : Optional.empty();
    HeapBudget heap = HeapBudget.ofThisJvm();
    this.control =
        new ControlPlane(state, faults, journal, limiter, heap, settings.defaultAccountId());
    MoshiJsonMapper json = new MoshiJsonMapper();
    CallRecorder recorder = new CallRecorder(journal, state.clock());
    AdminRoutes admin = new AdminRoutes(control, json, heap, settings.adminToken(), recorder);
    List<String> hostNames = new ArrayList<>(settings.allowedHosts());
    hostNames.add(settings.host());
    this.hardening =
        new JettyHardening(
            AllowedHosts.of(hostNames),
            settings.bodyDeadline(),
            settings.shutdownGrace(),
            settings.maxThreads());
    this.app =
        Javalin.create(
            config -> {
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jsonMapper(json);
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.http.defaultContentType = "application/json";
              config.requestLogger.http(recorder.fallback());
              hardening.applyTo(config);
              ErrorAnswers.register(config);
              Api api = new Api(config, state, json, faults, limiter, recorder);
              for (Resource resource : Resources.ALL) {
                resource.register(api);
              }
              admin.register(config);
            });
    this.address = new ListenAddress(app, settings.host());
  }

  /** The control plane: what tests do to this fake. */
  public ControlPlane control() {
    return control;
  }

  /** Core's ports as the key with this value sees them, without HTTP. */
  public KeySession session(String apiKey) {
    Caller caller = state.caller(state.keys().require(apiKey));
    return new KeySession(caller);
  }

  /** Starts serving; the keys registered by now are the ones a reset keeps. */
  public void start() {
    state.keys().keepAsStart();
    app.start();
    state.crlUrl(URI.create(connectUrl() + State.CRL_PATH));
  }

  /**
   * Refuses new calls and waits, up to the shutdown grace, for the ones in flight; then stops.
   * Returns whether every call in flight finished.
   */
  public boolean stop() throws InterruptedException {
    try {
      return hardening.drain();
    } finally {
      app.stop();
    }
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The URL of the bound address: {@code http://0.0.0.0:8080} when bound to every interface. */
  public String listenUrl() {
    return address.listenUrl();
  }

  /** A URL this machine can always connect to: loopback when bound to every interface. */
  public String connectUrl() {
    return address.connectUrl();
  }
}
