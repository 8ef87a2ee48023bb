package dev.certcentral.fake.internal.placement;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.RequestSummary;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.fake.internal.certificates.CertificateJson;
import dev.certcentral.fake.internal.certificates.Certificates;
import dev.certcentral.fake.internal.http.Api;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.http.Responses;
import dev.certcentral.fake.internal.products.Products;
import dev.certcentral.fake.internal.state.Caller;
import io.javalin.http.Context;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** The placement resource: {@code POST /order/certificate/{product_name_id}}, answering 201. */
public final class PlacementRoutes implements Resource {

  @Override
  public void register(Api api) {
    api.post("/order/certificate/{product_name_id}", (ctx, caller) -> place(api, ctx, caller));
  }

  private static void place(Api api, Context ctx, Caller caller) {
    // The product first: DigiCert's route is per product, so an unknown one is a 404 whatever the
    // body says.
    String product = Products.require(ctx.pathParam("product_name_id")).nameId();
    SubmittedOrder submitted =
        new Placement(caller).place(OrderForm.newOrder(product, api.body(ctx)));
    answer(ctx, caller, submitted);
  }

  /**
   * DigiCert's 201 for a placement or a reissue: {@code {id, requests:[{id, status}]}}, plus {@code
   * certificate_id} and {@code certificate_chain} when the certificate was issued at once.
   */
  public static void answer(Context ctx, Caller caller, SubmittedOrder submitted) {
    Optional<List<X509Certificate>> chain =
        submitted.certificateId().map(id -> new Certificates(caller).chain(id));
    Responses.json(ctx, 201, json -> write(json, submitted, chain));
  }

  private static void write(
      JsonWriter json, SubmittedOrder submitted, Optional<List<X509Certificate>> chain)
      throws IOException {
    json.beginObject();
    json.name("id").value(submitted.orderId().value());
    json.name("requests").beginArray();
    for (RequestSummary request : submitted.requests()) {
      json.beginObject().name("id").value(request.id().value());
      json.name("status").value(request.rawStatus()).endObject();
    }
    json.endArray();
    if (submitted.certificateId().isPresent()) {
      json.name("certificate_id").value(submitted.certificateId().get().value());
      CertificateJson.certificates(json.name("certificate_chain"), chain.orElseThrow());
    }
    json.endObject();
  }
}
