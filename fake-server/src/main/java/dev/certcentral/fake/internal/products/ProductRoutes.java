package dev.certcentral.fake.internal.products;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.fake.internal.http.Api;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.http.Responses;
import java.io.IOException;

/** The products resource: {@code GET /product} in DigiCert's shape. */
public final class ProductRoutes implements Resource {

  @Override
  public void register(Api api) {
    api.get("/product", (ctx, caller) -> Responses.json(ctx, 200, ProductRoutes::list));
  }

  private static void list(JsonWriter json) throws IOException {
    json.beginObject().name("products").beginArray();
    for (Product product : Products.ALL) {
      json.beginObject();
      json.name("group_name").value(Product.SSL_CERTIFICATE);
      json.name("name_id").value(product.nameId());
      json.name("name").value(product.name());
      json.name("type").value(Product.SSL_CERTIFICATE);
      json.name("validation_type").value(product.validationType());
      json.name("allowed_validity_years").beginArray();
      for (int years : product.allowedValidityYears()) {
        json.value(years);
      }
      json.endArray();
      json.name("signature_hash_types").beginObject();
      json.name("allowed_hash_types").beginArray();
      for (String hash : new String[] {"sha256", "sha384", "sha512"}) {
        json.beginObject().name("id").value(hash);
        json.name("name").value("SHA-" + hash.substring(3)).endObject();
      }
      json.endArray();
      json.name("default_hash_type_id").value("sha256");
      json.endObject();
      json.endObject();
    }
    json.endArray().endObject();
  }
}
