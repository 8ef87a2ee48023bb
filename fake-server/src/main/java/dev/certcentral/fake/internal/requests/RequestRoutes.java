package dev.certcentral.fake.internal.requests;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.internal.http.Api;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.http.Responses;
import dev.certcentral.fake.internal.orders.OrderRoutes;
import dev.certcentral.fake.internal.state.Caller;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The requests resource: list, read and decide requests, and revoke an order's certificates, which
 * makes a request (so its route lives here, though its URL is under the order).
 */
public final class RequestRoutes implements Resource {

  @Override
  public void register(Api api) {
    api.put("/order/certificate/{order_id}/revoke", (ctx, caller) -> revoke(api, ctx, caller));
    api.get("/request", this::list);
    api.get("/request/{request_id}", this::get);
    api.put("/request/{request_id}/status", (ctx, caller) -> decide(api, ctx, caller));
  }

  private void revoke(Api api, Context ctx, Caller caller) {
    OrderId orderId = OrderRoutes.orderId(ctx);
    JsonBody body = api.body(ctx);
    // Examples send "comments", the parameter table says "comment": accept either.
    String comments = body.string("comments").or(() -> body.string("comment")).orElse("");
    boolean skipApproval = body.flag("skip_approval");
    // Blank comments are refused by core's revoke rule, not here.
    RevokeOutcome outcome = new Requests(caller).revoke(orderId, comments, skipApproval);
    if (outcome instanceof RevokeOutcome.RequestCreated created) {
      Responses.json(
          ctx,
          201,
          json ->
              RequestJson.request(
                  json, created.request(), Optional.empty(), caller.clock().instant()));
    } else {
      ctx.status(204);
    }
  }

  private void list(Context ctx, Caller caller) {
    List<Request> requests = new Requests(caller).list();
    Instant now = caller.clock().instant();
    Responses.json(ctx, 200, json -> RequestJson.requestList(json, requests, now));
  }

  private void get(Context ctx, Caller caller) {
    Request request = new Requests(caller).get(requestId(ctx));
    Instant now = caller.clock().instant();
    Responses.json(ctx, 200, json -> RequestJson.request(json, request, request.order(), now));
  }

  private void decide(Api api, Context ctx, Caller caller) {
    RequestId requestId = requestId(ctx);
    JsonBody body = api.body(ctx);
    String status = body.requiredString("status");
    Decision decision;
    if (Decision.APPROVE.value().equals(status)) {
      decision = Decision.APPROVE;
    } else if (Decision.REJECT.value().equals(status)) {
      decision = Decision.REJECT;
    } else {
      throw InvalidRequestException.invalidParameter("status", "must be approved or rejected");
    }
    new Requests(caller).decide(requestId, decision, body.string("processor_comment").orElse(""));
    ctx.status(204);
  }

  private static RequestId requestId(Context ctx) {
    return RequestId.parse(ctx.pathParam("request_id"));
  }
}
