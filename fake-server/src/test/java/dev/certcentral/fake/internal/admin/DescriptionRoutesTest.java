package dev.certcentral.fake.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import dev.certcentral.openapi.CertCentralOpenApi;
import dev.certcentral.openapi.check.ApiDescription;
import dev.certcentral.openapi.check.DescriptionJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fake serves the OpenAPI description, as YAML and as the same document in JSON. */
@ExtendWith(FakeCertCentralExtension.class)
class DescriptionRoutesTest {

  @Test
  void servesTheYamlAsApplicationYaml(FakeCertCentral fake) {
    Http.Response response = Http.of(fake).admin("GET", "/openapi.yaml", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo("application/yaml");
    assertThat(response.body()).isEqualTo(CertCentralOpenApi.yaml());
    assertThat(ApiDescription.of(response.body()).model().getPaths())
        .containsKeys("/order/certificate/{order_id}", "/product");
  }

  @Test
  void servesTheSameDocumentAsJson(FakeCertCentral fake) throws Exception {
    Http http = Http.of(fake);

    Http.Response json = http.admin("GET", "/openapi.json", null);
    Http.Response yaml = http.admin("GET", "/openapi.yaml", null);

    assertThat(json.status()).isEqualTo(200);
    assertThat(json.header("Content-Type")).startsWith("application/json");
    assertThat(json.json()).containsKeys("openapi", "paths", "components");
    assertThat(new ObjectMapper().readTree(json.bytes()))
        .isEqualTo(DescriptionJson.tree(yaml.body()));
  }

  @Test
  void withAnAdminTokenTheDescriptionNeedsItLikeEveryOtherReadOfTheControlApi() {
    try (FakeCertCentral fake =
        FakeCertCentral.builder().adminToken("s3cret-token-123456").start()) {
      Http withToken = Http.of(fake);
      Http without = new Http("http://127.0.0.1:" + fake.port());

      for (String path : List.of("/openapi.yaml", "/openapi.json")) {
        assertThat(withToken.admin("GET", path, null).status()).isEqualTo(200);
        Http.Response refused = without.admin("GET", path, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("access_denied|access_denied_invalid_key");
      }
    }
  }

  @Test
  void otherMethodsOnTheDescriptionAreRefusedInDigiCertsFormat(FakeCertCentral fake) {
    Http.Response response = Http.of(fake).admin("POST", "/openapi.yaml", "{}");

    assertThat(response.status()).isBetween(400, 499);
    assertThat(response.json()).containsKey("errors");
    assertThat((List<?>) response.json().get("errors")).first().isInstanceOf(Map.class);
  }
}
