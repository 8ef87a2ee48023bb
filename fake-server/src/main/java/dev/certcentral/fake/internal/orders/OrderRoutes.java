package dev.certcentral.fake.internal.orders;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.internal.http.Api;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.http.Responses;
import dev.certcentral.fake.internal.state.Caller;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The orders resource: list, read, cancel, and the validation status, with DigiCert's URLs, JSON
 * and status codes.
 */
public final class OrderRoutes implements Resource {

  @Override
  public void register(Api api) {
    api.get("/order/certificate", this::list);
    api.get("/order/certificate/{order_id}", this::get);
    api.put("/order/certificate/{order_id}/status", (ctx, caller) -> cancel(api, ctx, caller));
    api.get("/order/certificate/{order_id}/validation", this::validation);
  }

  private void list(Context ctx, Caller caller) {
    int offset = intParam(ctx, "offset", 0);
    int limit = intParam(ctx, "limit", OrderQuery.MAX_LIMIT);
    Optional<OrderStatus> status =
        Optional.ofNullable(ctx.queryParam("filters[status]")).map(OrderRoutes::knownStatus);
    Map<String, String> filters = new HashMap<>();
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      String name = param.getKey();
      if (name.startsWith("filters[") && name.endsWith("]") && !name.equals("filters[status]")) {
        filters.put(
            name.substring("filters[".length(), name.length() - 1), param.getValue().get(0));
      }
    }
    String sort = ctx.queryParam("sort");
    List<String> keys = sort == null || sort.isBlank() ? List.of() : List.of(sort.split(","));
    OrderPage page =
        new Orders(caller)
            .list(new OrderListQuery(new OrderQuery(offset, limit, status), filters, keys));
    Instant now = caller.clock().instant();
    Responses.json(ctx, 200, json -> OrderJson.orderList(json, page, now));
  }

  private void get(Context ctx, Caller caller) {
    Order order = new Orders(caller).get(orderId(ctx));
    Instant now = caller.clock().instant();
    Responses.json(ctx, 200, json -> OrderJson.order(json, order, now));
  }

  private void cancel(Api api, Context ctx, Caller caller) {
    OrderId orderId = orderId(ctx);
    JsonBody body = api.body(ctx);
    String status = body.requiredString("status");
    // The pages disagree on the spelling (CANCELED vs canceled): both are accepted, exactly.
    if (!"CANCELED".equals(status) && !"canceled".equals(status)) {
      throw InvalidRequestException.invalidParameter(
          "status", "only CANCELED (or canceled) is supported");
    }
    // A missing or blank note is refused by core's cancel rule, not here.
    new Orders(caller).cancel(orderId, body.string("note").orElse(""));
    ctx.status(204);
  }

  private void validation(Context ctx, Caller caller) {
    OrderValidation validation = new Orders(caller).validation(orderId(ctx));
    Responses.json(ctx, 200, json -> OrderJson.validation(json, validation));
  }

  /** The order id in the path; a non-numeric one is a 400. */
  public static OrderId orderId(Context ctx) {
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
