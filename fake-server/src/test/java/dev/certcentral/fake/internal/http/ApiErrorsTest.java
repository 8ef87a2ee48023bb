package dev.certcentral.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DigiCert's error codes, and that a refused call changes nothing. */
@ExtendWith(FakeCertCentralExtension.class)
class ApiErrorsTest {

  @Test
  void aMissingKeyIs403InvalidKey(FakeCertCentral fake) {
    Http.Response response =
        Http.of(fake).get("/order/certificate/" + fake.givenOrder(OrderStatus.ISSUED), null);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.errorCode()).isEqualTo("access_denied|access_denied_invalid_key");
  }

  @Test
  void anUnknownKeyIs403InvalidKey(FakeCertCentral fake) {
    Http.Response response = Http.of(fake).get("/request", "not-a-key");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.errorCode()).isEqualTo("access_denied|access_denied_invalid_key");
  }

  @Test
  void aViewOnlyKeyReadsButCannotWrite(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);
    String viewer = fake.addKey(KeyRole.VIEW_ONLY);
    Http http = Http.of(fake);

    assertThat(http.get("/order/certificate/" + id, viewer).status()).isEqualTo(200);
    Http.Response cancel =
        http.put(
            "/order/certificate/" + id + "/status",
            viewer,
            "{\"status\": \"CANCELED\", \"note\": \"n\"}");

    assertThat(cancel.status()).isEqualTo(403);
    assertThat(cancel.errorCode()).isEqualTo("access_denied|missing_permission");
    assertThat(http.get("/order/certificate/" + id, viewer).json())
        .containsEntry("status", "pending");
  }

  @Test
  void keysOfOtherAccountsSeeNothing(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);
    String stranger = fake.newAccountKey(KeyRole.ADMINISTRATOR);
    Http http = Http.of(fake);

    Http.Response response = http.get("/order/certificate/" + id, stranger);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.errorCode()).isEqualTo("not_found|order");
    assertThat(http.get("/order/certificate", stranger).json().get("orders")).asList().isEmpty();
  }

  @Test
  void unknownOrdersAndRequestsAre404(FakeCertCentral fake) {
    Http http = Http.of(fake);

    Http.Response order = http.get("/order/certificate/42/validation", fake.apiKey());
    Http.Response request = http.get("/request/42", fake.apiKey());

    assertThat(order.status()).isEqualTo(404);
    assertThat(order.errorCode()).isEqualTo("not_found|order");
    assertThat(request.status()).isEqualTo(404);
    assertThat(request.errorCode()).isEqualTo("not_found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nope", "/order", "/order/certificate/1/unknown", "/request/1/x"})
  void unknownRoutesAre404Route(String path, FakeCertCentral fake) {
    Http.Response response = Http.of(fake).get(path, fake.apiKey());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.errorCode()).isEqualTo("not_found|route");
  }

  @Test
  void aWrongMethodIs404Route(FakeCertCentral fake) {
    Http.Response response =
        Http.of(fake).send("DELETE", "/services/v2/request/1", fake.apiKey(), null);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.errorCode()).isEqualTo("not_found|route");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-5", "1.5", "99999999999999999999"})
  void nonNumericIdsAre400(String id, FakeCertCentral fake) {
    Http.Response response = Http.of(fake).get("/order/certificate/" + id, fake.apiKey());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("invalid_param");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "not json",
        "[1,2]",
        "\"text\"",
        "null",
        "{\"comments\": 5}",
        "{\"comments\": \"c\", \"skip_approval\": \"yes\"}",
        "{\"comments\": [\"a\"]}"
      })
  void malformedOrWrongTypedBodiesAre400AndChangeNothing(String body, FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    Http http = Http.of(fake);

    Http.Response response = http.put("/order/certificate/" + id + "/revoke", fake.apiKey(), body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isIn("bad_request_format", "missing_param");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.");
    assertThat(http.get("/request", fake.apiKey()).json().get("requests")).asList().isEmpty();
  }

  @Test
  void anOversizedBodyIs400(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    String huge = "{\"comments\": \"" + "x".repeat(FakeCertCentral.MAX_BODY_BYTES + 10) + "\"}";

    Http.Response response =
        Http.of(fake).put("/order/certificate/" + id + "/revoke", fake.apiKey(), huge);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("bad_request_format");
  }

  @Test
  void aBodyWithoutContentLengthIsReadAndAnOversizedOneIs400(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    String huge = "{\"comments\": \"" + "x".repeat(FakeCertCentral.MAX_BODY_BYTES) + "\"}";
    Http http = Http.of(fake);

    Http.Response refused =
        http.sendChunked("PUT", "/services/v2/order/certificate/" + id + "/revoke", huge);
    Http.Response revoked =
        http.sendChunked(
            "PUT", "/services/v2/order/certificate/" + id + "/revoke", "{\"comments\": \"c\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("bad_request_format");
    assertThat(revoked.status()).isEqualTo(201);
    assertThat(fake.certCentral().listRequests()).singleElement();
  }

  @ParameterizedTest
  @ValueSource(strings = {"c3 28", "ff", "ed a0 80", "e2 82", "80"})
  void aBodyThatIsNotUtf8Is400AndChangesNothing(String badBytes, FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("{\"comments\": \"".getBytes(StandardCharsets.UTF_8));
    for (String hex : badBytes.split(" ")) {
      body.write(Integer.parseInt(hex, 16));
    }
    body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

    Http.Response response =
        Http.of(fake)
            .send(
                "PUT",
                "/services/v2/order/certificate/" + id + "/revoke",
                Map.of("X-DC-DEVKEY", fake.apiKey(), "Content-Type", "application/json"),
                body.toByteArray());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("bad_request_format");
    assertThat(fake.certCentral().listRequests()).isEmpty();
  }
}
