package dev.certcentral.fake.web;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.RateLimitedException;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.store.ApiKey;
import dev.certcentral.fake.store.CertCentralStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;

/**
 * CertCentral's routes under {@code /services/v2}, with DigiCert's URLs, JSON, status codes and
 * errors. Handlers parse and check input, then call the store through the key's {@link
 * CertCentral}: the rules are core's, applied there.
 */
public final class ApiRoutes {

  /** The path prefix of every CertCentral route. */
  public static final String BASE = "/services/v2";

  /** The header carrying the API key. */
  public static final String KEY_HEADER = "X-DC-DEVKEY";

  /** A route's work, given the call and the store as the caller's key sees it. */
  @FunctionalInterface
  private interface Route {
    void handle(Context ctx, CertCentral session) throws Exception;
  }

  private final CertCentralStore store;
  private final MoshiJsonMapper json;
  private final Faults faults;
  private final Optional<RateLimiter> rateLimiter;

  /** Creates the routes; without a rate limiter, calls are never limited. */
  public ApiRoutes(
      CertCentralStore store,
      MoshiJsonMapper json,
      Faults faults,
      Optional<RateLimiter> rateLimiter) {
    this.store = store;
    this.json = json;
    this.faults = faults;
    this.rateLimiter = rateLimiter;
  }

  /** Adds the routes, the key check and the fault hooks to the config. */
  public void register(JavalinConfig config) {
    config.routes.get(BASE + "/order/certificate", guarded(this::listOrders));
    config.routes.get(BASE + "/order/certificate/{order_id}", guarded(this::getOrder));
    config.routes.put(BASE + "/order/certificate/{order_id}/status", guarded(this::updateStatus));
    config.routes.put(BASE + "/order/certificate/{order_id}/revoke", guarded(this::revoke));
    config.routes.get(BASE + "/order/certificate/{order_id}/validation", guarded(this::validation));
    config.routes.get(BASE + "/request", guarded(this::listRequests));
    config.routes.get(BASE + "/request/{request_id}", guarded(this::getRequest));
    config.routes.put(BASE + "/request/{request_id}/status", guarded(this::decide));
  }

  /**
   * Wraps a route in the fault hooks and the key check, and hands it the key's session. Wrapping,
   * rather than Javalin's before/after handlers, spares every call three more path matches.
   */
  private Handler guarded(Route route) {
    return ctx -> {
      if (faultBefore(ctx)) {
        return;
      }
      route.handle(ctx, authenticate(ctx));
      faultAfter(ctx);
    };
  }

  private CertCentral authenticate(Context ctx) {
    ApiKey key =
        store
            .findKey(ctx.header(KEY_HEADER))
            .orElseThrow(
                () ->
                    new AccessDeniedException(
                        "invalid API key",
                        0,
                        List.of(new DigiCertError(ErrorCodes.INVALID_KEY, "Invalid API key.")),
                        null));
    if (rateLimiter.isPresent() && !rateLimiter.get().tryAcquire(key.value())) {
      throw new RateLimitedException(
          "rate limit",
          0,
          List.of(new DigiCertError(ErrorCodes.RATE_LIMITED, "Request limit exceeded.")),
          null);
    }
    return store.as(key);
  }

  private void listOrders(Context ctx, CertCentral session) {
    int offset = intParam(ctx, "offset", 0);
    int limit = intParam(ctx, "limit", OrderQuery.MAX_LIMIT);
    Optional<OrderStatus> status =
        Optional.ofNullable(ctx.queryParam("filters[status]")).map(ApiRoutes::knownStatus);
    OrderPage page = session.listOrders(new OrderQuery(offset, limit, status));
    Responses.json(ctx, 200, json -> DigiCertJson.orderList(json, page));
  }

  private void getOrder(Context ctx, CertCentral session) {
    Order order = session.getOrder(orderId(ctx));
    Responses.json(ctx, 200, json -> DigiCertJson.order(json, order));
  }

  private void updateStatus(Context ctx, CertCentral session) {
    OrderId orderId = orderId(ctx);
    JsonBody body = JsonBody.read(ctx, json);
    String status = body.requiredString("status");
    // The pages disagree on the spelling (CANCELED vs canceled): both are accepted, exactly.
    if (!"CANCELED".equals(status) && !"canceled".equals(status)) {
      throw InvalidRequestException.invalidParameter(
          "status", "only CANCELED (or canceled) is supported");
    }
    // A missing or blank note is refused by core's cancel rule, not here.
    session.cancelOrder(orderId, body.string("note").orElse(""));
    ctx.status(204);
  }

  private void revoke(Context ctx, CertCentral session) {
    OrderId orderId = orderId(ctx);
    JsonBody body = JsonBody.read(ctx, json);
    // Examples send "comments", the parameter table says "comment": accept either.
    String comments = body.string("comments").or(() -> body.string("comment")).orElse("");
    boolean skipApproval = body.flag("skip_approval");
    // Blank comments are refused by core's revoke rule, not here.
    RevokeOutcome outcome = session.revokeOrderCertificates(orderId, comments, skipApproval);
    if (outcome instanceof RevokeOutcome.RequestCreated created) {
      Responses.json(
          ctx, 201, json -> DigiCertJson.request(json, created.request(), Optional.empty()));
    } else {
      ctx.status(204);
    }
  }

  private void validation(Context ctx, CertCentral session) {
    OrderValidation validation = session.getValidationStatus(orderId(ctx));
    Responses.json(ctx, 200, json -> DigiCertJson.validation(json, validation));
  }

  private void listRequests(Context ctx, CertCentral session) {
    List<Request> requests = session.listRequests();
    Responses.json(ctx, 200, json -> DigiCertJson.requestList(json, requests));
  }

  private void getRequest(Context ctx, CertCentral session) {
    Request request = session.getRequest(RequestId.parse(ctx.pathParam("request_id")));
    Responses.json(ctx, 200, json -> DigiCertJson.request(json, request, request.order()));
  }

  private void decide(Context ctx, CertCentral session) {
    RequestId requestId = RequestId.parse(ctx.pathParam("request_id"));
    JsonBody body = JsonBody.read(ctx, json);
    String status = body.requiredString("status");
    Decision decision;
    if (Decision.APPROVE.value().equals(status)) {
      decision = Decision.APPROVE;
    } else if (Decision.REJECT.value().equals(status)) {
      decision = Decision.REJECT;
    } else {
      throw InvalidRequestException.invalidParameter("status", "must be approved or rejected");
    }
    String comment = body.string("processor_comment").orElse("");
    session.decideRequest(requestId, decision, comment);
    ctx.status(204);
  }

  /** Applies a before-handling fault; true when it dropped the connection. */
  private boolean faultBefore(Context ctx) throws InterruptedException {
    if (faults.isEmpty()) {
      return false;
    }
    Optional<Fault> fault = faults.next(ctx.method().name(), apiPath(ctx), false);
    if (fault.isPresent()) {
      apply(fault.get(), ctx);
      return fault.get().dropConnection();
    }
    return false;
  }

  private void faultAfter(Context ctx) throws InterruptedException {
    if (faults.isEmpty()) {
      return;
    }
    Optional<Fault> fault = faults.next(ctx.method().name(), apiPath(ctx), true);
    if (fault.isPresent()) {
      apply(fault.get(), ctx);
    }
  }

  private static void apply(Fault fault, Context ctx) throws InterruptedException {
    if (!fault.delay().isZero()) {
      // Simulated latency inside the server under test, not synchronisation of a test.
      Thread.sleep(fault.delay().toMillis());
    }
    if (fault.dropConnection()) {
      ConnectionDropper.drop(ctx);
    } else if (fault.status().isPresent()) {
      throw fault.injectedAnswer();
    }
  }

  private static String apiPath(Context ctx) {
    String path = ctx.path();
    return path.startsWith(BASE) ? path.substring(BASE.length()) : path;
  }

  private static OrderId orderId(Context ctx) {
    return OrderId.parse(ctx.pathParam("order_id"));
  }

  private static OrderStatus knownStatus(String raw) {
    OrderStatus status = OrderStatus.fromValue(raw);
    if (status == OrderStatus.UNKNOWN) {
      throw InvalidRequestException.invalidParameter("filters[status]", "unknown status " + raw);
    }
    return status;
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    if (raw.length() > 9 || !raw.chars().allMatch(Character::isDigit)) {
      throw InvalidRequestException.invalidParameter(name, "must be a non-negative integer");
    }
    return Integer.parseInt(raw);
  }
}
