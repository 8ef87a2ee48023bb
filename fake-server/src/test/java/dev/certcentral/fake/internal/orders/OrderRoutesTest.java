package dev.certcentral.fake.internal.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The orders resource on a real port: status codes, field names and types as DigiCert's examples.
 */
@ExtendWith(FakeCertCentralExtension.class)
class OrderRoutesTest {

  @ParameterizedTest
  @ValueSource(strings = {"CANCELED", "canceled"})
  void cancelAcceptsBothDocumentedSpellingsAndAnswers204(String spelling, FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);
    Http http = Http.of(fake);

    Http.Response response =
        cancel(
            fake,
            id,
            "{\"status\": \"" + spelling + "\", \"note\": \"Message about the cancellation.\"}");

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(http.get("/order/certificate/" + id, fake.apiKey()).json())
        .containsEntry("status", "canceled");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Canceled", "CANCELLED", "cancel", "revoked", ""})
  void cancelRefusesOtherSpellings(String spelling, FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);
    Http http = Http.of(fake);

    Http.Response response =
        cancel(fake, id, "{\"status\": \"" + spelling + "\", \"note\": \"n\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(http.get("/order/certificate/" + id, fake.apiKey()).json())
        .containsEntry("status", "pending");
  }

  @Test
  void cancelOfAnIssuedOrderIsA400WithInvalidStatus(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);

    Http.Response response = cancel(fake, id, "{\"status\": \"CANCELED\", \"note\": \"n\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("invalid_status");
  }

  @Test
  void cancelWithoutNoteIsA400MissingParam(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);

    Http.Response response = cancel(fake, id, "{\"status\": \"CANCELED\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("missing_param");
  }

  @Test
  void validationHasExample004sShapeWithStringIds(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);

    Http.Response response =
        Http.of(fake).get("/order/certificate/" + id + "/validation", fake.apiKey());

    assertThat(response.status()).isEqualTo(200);
    Map<String, Object> json = response.json();
    assertThat(json)
        .containsOnlyKeys(
            "order_id",
            "order_status",
            "organization_id",
            "organization_name",
            "organization_validations",
            "dns_name_validations")
        .containsEntry("order_id", id.toString())
        .containsEntry("order_status", "issued");
    assertThat(json.get("organization_id")).isInstanceOf(String.class);
    Map<String, Object> org = Http.object(((List<?>) json.get("organization_validations")).get(0));
    assertThat(org)
        .containsOnlyKeys(
            "type", "name", "description", "date_created", "validated_until", "status");
    Map<String, Object> dns = Http.object(((List<?>) json.get("dns_name_validations")).get(0));
    assertThat(dns)
        .containsOnlyKeys(
            "domain_id",
            "name_scope",
            "approval_scope",
            "status",
            "method",
            "dns_names",
            "approval_expiration_date");
    assertThat(dns.get("domain_id")).isInstanceOf(String.class);
  }

  @Test
  void orderListPagesAndFilters(FakeCertCentral fake) {
    fake.givenOrder(OrderStatus.ISSUED);
    fake.givenOrder(OrderStatus.PENDING);
    fake.givenOrder(OrderStatus.ISSUED);
    Http http = Http.of(fake);

    Map<String, Object> page =
        http.get("/order/certificate?offset=1&limit=1&filters[status]=issued", fake.apiKey())
            .json();

    assertThat((List<?>) page.get("orders")).hasSize(1);
    assertThat(Http.object(page.get("page")))
        .containsEntry("total", 2.0)
        .containsEntry("limit", 1.0)
        .containsEntry("offset", 1.0);
  }

  @Test
  void orderListRefusesBadPaging(FakeCertCentral fake) {
    Http http = Http.of(fake);

    assertThat(http.get("/order/certificate?limit=abc", fake.apiKey()).status()).isEqualTo(400);
    assertThat(http.get("/order/certificate?limit=0", fake.apiKey()).status()).isEqualTo(400);
    assertThat(http.get("/order/certificate?offset=-1", fake.apiKey()).status()).isEqualTo(400);
    assertThat(http.get("/order/certificate?filters[status]=nope", fake.apiKey()).status())
        .isEqualTo(400);
  }

  private static Http.Response cancel(FakeCertCentral fake, OrderId id, String body) {
    return Http.of(fake).put("/order/certificate/" + id + "/status", fake.apiKey(), body);
  }
}
