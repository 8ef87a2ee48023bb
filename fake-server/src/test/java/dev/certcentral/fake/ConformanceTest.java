package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The route tests' check against openapi/certcentral.yaml can fail: a real answer of the fake
 * passes, the same answer with one field wrong fails, naming the operation and the JSON pointer.
 */
@ExtendWith(FakeCertCentralExtension.class)
class ConformanceTest {

  @Test
  void aWrongAnswerFailsWithTheOperationAndThePointer(FakeCertCentral fake) {
    Http.Response real = Http.of(fake).checking(Conformance.NONE).get("/product", fake.apiKey());
    String body = real.body();
    Http.Response wrong =
        new Http.Response(
            200,
            real.headers(),
            body.replaceFirst("\"name_id\":\"ssl_basic\"", "\"name_id\":42")
                .getBytes(StandardCharsets.UTF_8));
    HttpRequest request = productRequest(fake);

    assertThat(wrong.body()).isNotEqualTo(body);
    assertThatCode(() -> Conformance.ANSWER.check(request, new byte[0], real))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Conformance.ANSWER.check(request, new byte[0], wrong))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("listProducts response /body/products/0/name_id");
  }

  @Test
  void anUndescribedStatusFails(FakeCertCentral fake) {
    Http.Response teapot =
        new Http.Response(
            418,
            Map.of("content-type", List.of("application/json")),
            "{\"errors\":[{\"code\":\"x\",\"message\":\"y\"}]}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> Conformance.ANSWER.check(productRequest(fake), new byte[0], teapot))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("listProducts response /status");
  }

  private static HttpRequest productRequest(FakeCertCentral fake) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + fake.port() + "/services/v2/product"))
        .header("X-DC-DEVKEY", fake.apiKey())
        .GET()
        .build();
  }
}
