package dev.certcentral.fake.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The requests resource (revoke included) on a real port: status codes and shapes as DigiCert's
 * examples.
 */
@ExtendWith(FakeCertCentralExtension.class)
class RequestRoutesTest {

  @Test
  void revokeAnswers201WithExample001sShape(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);

    Http.Response response =
        Http.of(fake)
            .put(
                "/order/certificate/" + id + "/revoke",
                fake.apiKey(),
                "{\"comments\": \"I no longer need this cert.\"}");

    assertThat(response.status()).isEqualTo(201);
    Map<String, Object> json = response.json();
    assertThat(json).containsOnlyKeys("id", "date", "type", "status", "requester", "comments");
    assertThat(json.get("id")).isInstanceOf(Double.class);
    assertThat(json).containsEntry("type", "revoke").containsEntry("status", "pending");
    assertThat(json).containsEntry("comments", "I no longer need this cert.");
    assertThat((String) json.get("date"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    assertThat(Http.object(json.get("requester")))
        .containsOnlyKeys("id", "first_name", "last_name", "email");
  }

  @Test
  void revokeAcceptsTheDocumentedAliasComment(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);

    Http.Response response =
        Http.of(fake)
            .put("/order/certificate/" + id + "/revoke", fake.apiKey(), "{\"comment\": \"alias\"}");

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json()).containsEntry("comments", "alias");
  }

  @Test
  void revokeWithSkipApprovalAnswers204AndRevokes(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    Http http = Http.of(fake);

    Http.Response response =
        http.put(
            "/order/certificate/" + id + "/revoke",
            fake.apiKey(),
            "{\"comments\": \"now\", \"skip_approval\": true}");

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(http.get("/order/certificate/" + id, fake.apiKey()).json())
        .containsEntry("status", "revoked");
  }

  @Test
  void skipApprovalNeedsAnAdministrator(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    String user = fake.addKey(KeyRole.USER);

    Http.Response response =
        Http.of(fake)
            .put(
                "/order/certificate/" + id + "/revoke",
                user,
                "{\"comments\": \"now\", \"skip_approval\": true}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.errorCode()).isEqualTo("access_denied|missing_permission");
  }

  @Test
  void getRequestWhilePendingHasExample002sPendingShape(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    Http http = Http.of(fake);
    long requestId = revoke(http, fake, id);

    Http.Response response = http.get("/request/" + requestId, fake.apiKey());

    assertThat(response.status()).isEqualTo(200);
    Map<String, Object> json = response.json();
    assertThat(json)
        .containsOnlyKeys("id", "date", "type", "status", "requester", "order", "comments");
    Map<String, Object> order = Http.object(json.get("order"));
    assertThat(order)
        .containsKeys(
            "id",
            "certificate",
            "status",
            "date_created",
            "organization",
            "validity_years",
            "product",
            "product_name_id");
    assertThat(((Number) order.get("id")).longValue()).isEqualTo(id.value());
    assertThat(Http.object(order.get("certificate"))).containsKeys("common_name", "dns_names");
  }

  @Test
  void approvingAnswers204AndTheRequestShowsItsProcessing(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    Http http = Http.of(fake);
    long requestId = revoke(http, fake, id);

    Http.Response decided =
        http.put(
            "/request/" + requestId + "/status",
            fake.apiKey(),
            "{\"status\": \"approved\", \"processor_comment\": \"ok\"}");

    assertThat(decided.status()).isEqualTo(204);
    Map<String, Object> json = http.get("/request/" + requestId, fake.apiKey()).json();
    assertThat(json)
        .containsKeys("date_processed", "reviewer", "processor")
        .containsEntry("status", "approved")
        .containsEntry("processor_comment", "ok");
    assertThat(http.get("/order/certificate/" + id, fake.apiKey()).json())
        .containsEntry("status", "revoked");
  }

  @Test
  void decidingTwiceIsA400WithInvalidStatus(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    Http http = Http.of(fake);
    long requestId = revoke(http, fake, id);
    String reject = "{\"status\": \"rejected\"}";
    http.put("/request/" + requestId + "/status", fake.apiKey(), reject);

    Http.Response again = http.put("/request/" + requestId + "/status", fake.apiKey(), reject);

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.errorCode()).isEqualTo("invalid_status");
  }

  @Test
  void onlyAdministratorsDecide(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    Http http = Http.of(fake);
    long requestId = revoke(http, fake, id);

    Http.Response response =
        http.put(
            "/request/" + requestId + "/status",
            fake.addKey(KeyRole.USER),
            "{\"status\": \"approved\"}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(http.get("/request/" + requestId, fake.apiKey()).json())
        .containsEntry("status", "pending");
  }

  @Test
  void listRequestsWrapsThemInRequests(FakeCertCentral fake) {
    Http http = Http.of(fake);
    long requestId = revoke(http, fake, fake.givenOrder(OrderStatus.ISSUED));

    Http.Response response = http.get("/request", fake.apiKey());

    assertThat(response.status()).isEqualTo(200);
    List<?> requests = (List<?>) response.json().get("requests");
    assertThat(requests).hasSize(1);
    assertThat(((Number) ((Map<?, ?>) requests.get(0)).get("id")).longValue()).isEqualTo(requestId);
  }

  private static long revoke(Http http, FakeCertCentral fake, OrderId id) {
    Http.Response response =
        http.put("/order/certificate/" + id + "/revoke", fake.apiKey(), "{\"comments\": \"c\"}");
    assertThat(response.status()).isEqualTo(201);
    return ((Number) response.json().get("id")).longValue();
  }
}
