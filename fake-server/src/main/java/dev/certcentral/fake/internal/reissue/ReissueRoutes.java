package dev.certcentral.fake.internal.reissue;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.internal.http.Api;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.orders.OrderRoutes;
import dev.certcentral.fake.internal.placement.OrderForm;
import dev.certcentral.fake.internal.placement.PlacementRoutes;
import dev.certcentral.fake.internal.state.Caller;
import io.javalin.http.Context;

/**
 * The reissue resource: {@code POST /order/certificate/{order_id}/reissue}, answering 201 as
 * placement does
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/reissue-certificate.html).
 */
public final class ReissueRoutes implements Resource {

  @Override
  public void register(Api api) {
    api.post("/order/certificate/{order_id}/reissue", (ctx, caller) -> reissue(api, ctx, caller));
  }

  private static void reissue(Api api, Context ctx, Caller caller) {
    var orderId = OrderRoutes.orderId(ctx);
    JsonBody body = api.body(ctx);
    CertificateDetails certificate =
        OrderForm.certificate(
            body.object("certificate")
                .orElseThrow(() -> InvalidRequestException.missingParameter("certificate")));
    SubmittedOrder submitted =
        new Reissue(caller).reissue(orderId, certificate, body.flag("skip_approval"));
    PlacementRoutes.answer(ctx, caller, submitted);
  }
}
