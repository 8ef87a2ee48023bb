package dev.certcentral.fake.internal.products;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /product} over HTTP, in the product list's shape
 * (https://dev.digicert.com/certcentral-apis/services-api/products/product-list.html).
 */
@ExtendWith(FakeCertCentralExtension.class)
class ProductRoutesTest {

  @Test
  void listsTheFourTlsProductsTheFakeSells(FakeCertCentral fake) {
    Http.Response response = Http.conforming(fake).get("/product", fake.apiKey());

    assertThat(response.status()).isEqualTo(200);
    List<?> products = (List<?>) response.json().get("products");
    assertThat(products)
        .extracting(p -> Http.object(p).get("name_id"))
        .containsExactly("ssl_basic", "ssl_securesite_flex", "ssl_ev_basic", "ssl_plus");
    Map<String, Object> basic = Http.object(products.get(0));
    assertThat(basic)
        .containsEntry("name", "Basic OV")
        .containsEntry("type", "ssl_certificate")
        .containsEntry("validation_type", "OV");
  }

  @Test
  void withoutAKeyItIs403InDigiCertsFormat(FakeCertCentral fake) {
    Http.Response response = Http.of(fake).get("/product", null);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.errorCode()).isEqualTo("access_denied|access_denied_invalid_key");
  }
}
