package dev.certcentral.fake.internal.dcv;

import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.fake.internal.http.Api;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.http.Responses;
import dev.certcentral.fake.internal.orders.OrderRoutes;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.State;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The DCV resource: {@code PUT /order/certificate/{order_id}/check-dcv} with DigiCert's answer
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/dv-ssl--check-dcv.html), and
 * the reactions that open DCV on approval and let it progress on the fake's clock.
 */
public final class DcvRoutes implements Resource {

  @Override
  public void react(State state) {
    new DomainValidation(state).register();
  }

  @Override
  public void register(Api api) {
    DomainValidation dcv = new DomainValidation(api.state());
    api.put(
        "/order/certificate/{order_id}/check-dcv", (ctx, caller) -> check(api, dcv, ctx, caller));
  }

  private static void check(Api api, DomainValidation dcv, Context ctx, Caller caller) {
    OrderId orderId = OrderRoutes.orderId(ctx);
    JsonBody body = api.body(ctx);
    Optional<List<String>> only =
        body.objects("dns_name_validations")
            .map(items -> items.stream().map(item -> item.requiredString("dns_name")).toList());
    caller.requireWrite();
    DcvCheck result = dcv.check(caller.account(), orderId, only);
    Responses.json(ctx, 200, json -> DcvJson.check(json, result));
  }

  /** check-dcv for core's port, as the caller sees it. */
  public static DcvCheck check(Caller caller, OrderId orderId) {
    caller.requireWrite();
    return new DomainValidation(caller.state()).check(caller.account(), orderId, Optional.empty());
  }
}
