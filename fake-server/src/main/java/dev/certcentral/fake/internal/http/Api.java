package dev.certcentral.fake.internal.http;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.RateLimitedException;
import dev.certcentral.fake.Fault;
import dev.certcentral.fake.internal.control.Faults;
import dev.certcentral.fake.internal.state.ApiKey;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.State;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;

/**
 * The CertCentral API under {@code /services/v2} as resources see it while the fake is assembled:
 * they add their routes here, and every route gets the same plumbing around it, in this order:
 * fault hooks, the key check and rate limit, DigiCert's error answers, and the journal, recorded
 * before the answer leaves. A route parses and checks its input and calls core's rules through the
 * {@link Caller}; it writes its answer with {@link Responses#json}.
 */
public final class Api {

  /** The path prefix of every CertCentral route. */
  public static final String BASE = "/services/v2";

  /** The header carrying the API key. */
  public static final String KEY_HEADER = "X-DC-DEVKEY";

  /** A route's work, given the call and who it comes from. */
  @FunctionalInterface
  public interface Route {
    /** Handles the call; any exception becomes DigiCert's error answer. */
    void handle(Context ctx, Caller caller) throws Exception;
  }

  private final JavalinConfig config;
  private final State state;
  private final MoshiJsonMapper json;
  private final Faults faults;
  private final Optional<RateLimiter> rateLimiter;
  private final CallRecorder recorder;

  /** The API of one fake being configured; without a rate limiter, calls are never limited. */
  public Api(
      JavalinConfig config,
      State state,
      MoshiJsonMapper json,
      Faults faults,
      Optional<RateLimiter> rateLimiter,
      CallRecorder recorder) {
    this.config = config;
    this.state = state;
    this.json = json;
    this.faults = faults;
    this.rateLimiter = rateLimiter;
    this.recorder = recorder;
  }

  /** The fake's state, for resources that register reactions or tables. */
  public State state() {
    return state;
  }

  /** A call's body as JSON (at most {@link JsonBody#MAX_BYTES}). */
  public JsonBody body(Context ctx) {
    return JsonBody.read(ctx, json);
  }

  /** Adds {@code GET} of a path under {@link #BASE}, such as {@code /request/{request_id}}. */
  public void get(String path, Route route) {
    config.routes.get(BASE + path, guarded(route));
  }

  /** Adds {@code PUT} of a path under {@link #BASE}. */
  public void put(String path, Route route) {
    config.routes.put(BASE + path, guarded(route));
  }

  /** Adds {@code POST} of a path under {@link #BASE}. */
  public void post(String path, Route route) {
    config.routes.post(BASE + path, guarded(route));
  }

  /** A route of the fake's own outside the CertCentral API, which takes no key. */
  @FunctionalInterface
  public interface OpenRoute {
    /** Handles the call; any exception becomes DigiCert's error answer. */
    void handle(Context ctx) throws Exception;
  }

  /**
   * Adds {@code GET} of a path outside {@link #BASE} that takes no key, such as the CRL a TLS
   * client fetches from the URL in a certificate: the fault hooks and the journal apply, the key
   * check and rate limits do not.
   */
  public void openGet(String path, OpenRoute route) {
    config.routes.get(
        path,
        ctx -> {
          long start = System.nanoTime();
          try {
            if (applyFault(ctx, false, start)) {
              return;
            }
            route.handle(ctx);
          } catch (Exception e) {
            ErrorAnswers.answer(ctx, e);
          }
          recorder.record(ctx, start);
        });
  }

  /** Adds {@code DELETE} of a path under {@link #BASE}. */
  public void delete(String path, Route route) {
    config.routes.delete(BASE + path, guarded(route));
  }

  /**
   * Wraps a route in the plumbing. Wrapping, rather than Javalin's before/after handlers, spares
   * every call three more path matches; answering errors here, rather than in Javalin's exception
   * handlers, lets the journal record the status the client gets before it is sent.
   */
  private Handler guarded(Route route) {
    return ctx -> {
      long start = System.nanoTime();
      try {
        if (applyFault(ctx, false, start)) {
          return;
        }
        route.handle(ctx, authenticate(ctx));
        if (applyFault(ctx, true, start)) {
          return;
        }
      } catch (Exception e) {
        ErrorAnswers.answer(ctx, e);
      }
      recorder.record(ctx, start);
    };
  }

  private Caller authenticate(Context ctx) {
    ApiKey key = state.keys().require(ctx.header(KEY_HEADER));
    if (rateLimiter.isPresent() && !rateLimiter.get().tryAcquire(key.value())) {
      throw new RateLimitedException(
          "rate limit",
          0,
          List.of(new DigiCertError(ErrorCodes.RATE_LIMITED, "Request limit exceeded.")),
          null);
    }
    return state.caller(key);
  }

  /**
   * Applies the fault of this phase, if one matches: its delay, then its drop or its status.
   * Returns true when it dropped the connection, after recording that the client got no answer.
   */
  private boolean applyFault(Context ctx, boolean afterHandling, long start)
      throws InterruptedException {
    if (faults.isEmpty()) {
      return false;
    }
    Optional<Fault> match = faults.next(ctx.method().name(), apiPath(ctx), afterHandling);
    if (match.isEmpty()) {
      return false;
    }
    Fault fault = match.get();
    if (!fault.delay().isZero()) {
      // Simulated latency inside the server under test, not synchronisation of a test.
      Thread.sleep(fault.delay().toMillis());
    }
    if (fault.dropsConnection()) {
      recorder.recordDropped(ctx, start);
      ConnectionDropper.drop(ctx);
      return true;
    }
    if (fault.status().isPresent()) {
      throw injectedAnswer(fault.status().getAsInt());
    }
    return false;
  }

  /**
   * What answers a call in place of the real answer: the status, with DigiCert's error for 429 and
   * 503 and, for any other status, an {@code injected_fault} code of the fake's own.
   */
  private static CertCentralException injectedAnswer(int status) {
    DigiCertError error =
        switch (status) {
          case 429 -> new DigiCertError(ErrorCodes.RATE_LIMITED, "Request limit exceeded.");
          case 503 ->
              new DigiCertError(
                  DigiCertErrorHandler.SERVICE_UNAVAILABLE, "Service temporarily unavailable.");
          default ->
              new DigiCertError(
                  "injected_fault", "Fault injected by the fake (HTTP " + status + ").");
        };
    return new CertCentralException("injected fault", status, List.of(error), null);
  }

  private static String apiPath(Context ctx) {
    String path = ctx.path();
    return path.startsWith(BASE) ? path.substring(BASE.length()) : path;
  }
}
