package dev.certcentral.fake.internal.dcv;

import static dev.certcentral.fake.Placements.decide;
import static dev.certcentral.fake.Placements.id;
import static dev.certcentral.fake.Placements.order;
import static dev.certcentral.fake.Placements.place;
import static dev.certcentral.fake.Placements.placed;
import static dev.certcentral.fake.Placements.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.Internals;
import dev.certcentral.fake.Placements;
import dev.certcentral.fake.internal.state.State;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DCV over HTTP: the tokens order info and the validation endpoint show once an order is approved,
 * check-DCV's answers and refusals
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/dv-ssl--check-dcv.html), and
 * the validation endpoint following DCV as it progresses.
 */
@ExtendWith(FakeCertCentralExtension.class)
class DcvRoutesTest {

  @Test
  void afterApprovalEachDomainCarriesTheMethodAndTheOrderItsToken(FakeCertCentral fake) {
    long orderId = approvedUnder(fake, DcvPolicy.never(), "dns-txt-token", "tok.example.com");
    Http http = Http.conforming(fake);

    Map<String, Object> order = Placements.order(http, fake, orderId);
    Map<String, Object> validation = validation(http, fake, orderId);

    assertThat(order)
        .containsEntry("status", "pending")
        .containsEntry("dcv_method", "dns-txt-token");
    Map<String, Object> token = Http.object(order.get("dcv_token"));
    assertThat((String) token.get("token")).isNotBlank();
    assertThat(token).containsEntry("status", "pending").containsKey("expiration_date");
    assertThat(validation).containsEntry("order_status", "pending");
    List<?> names = (List<?>) validation.get("dns_name_validations");
    assertThat(names).hasSize(2);
    for (Object name : names) {
      assertThat(Http.object(name))
          .containsEntry("method", "dns-txt-token")
          .containsEntry("status", "pending");
    }
  }

  @ParameterizedTest
  @CsvSource({"dns-txt-token, invalid_dns_txt", "http-token, file_random_value_not_found"})
  void checkDcvWithNoTokenInPlaceIsA400WithTheMethodsCode(
      String method, String code, FakeCertCentral fake) {
    long orderId = approvedUnder(fake, DcvPolicy.never(), method, "miss.example.com");

    Http.Response response = checkDcv(Http.conforming(fake), fake, orderId, null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo(code);
    assertThat(Placements.order(Http.of(fake), fake, orderId)).containsEntry("status", "pending");
  }

  @Test
  void checkDcvOfAnEmailOrderIsA400InvalidDnsMethod(FakeCertCentral fake) {
    long orderId = approvedUnder(fake, DcvPolicy.never(), "email", "mail.example.com");

    Http.Response response = checkDcv(Http.conforming(fake), fake, orderId, null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("invalid_dns_method");
  }

  @Test
  void tokensInPlaceMakeCheckDcvIssueTheOrderInDigiCertsShape(FakeCertCentral fake) {
    long orderId = approvedUnder(fake, DcvPolicy.never(), "dns-txt-token", "place.example.com");
    Http http = Http.conforming(fake);
    tokenInPlace(fake, orderId, "place.example.com");

    Http.Response partial =
        checkDcv(
            http,
            fake,
            orderId,
            "{\"dns_name_validations\": [{\"dns_name\": \"place.example.com\"}]}");
    Map<String, Object> halfway = validation(http, fake, orderId);
    tokenInPlace(fake, orderId, "www.place.example.com");
    Http.Response all = checkDcv(http, fake, orderId, null);

    assertThat(partial.status()).as(partial.body()).isEqualTo(200);
    assertThat(partial.json())
        .containsEntry("dcv_status", "valid")
        .containsEntry(
            "dns_name_validations",
            List.of(Map.of("dns_name", "place.example.com", "status", "approved")));
    assertThat(statusOf(halfway, "place.example.com")).isNotEqualTo("pending");
    assertThat(statusOf(halfway, "www.place.example.com")).isEqualTo("pending");
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    Map<String, Object> done = all.json();
    assertThat(done)
        .containsEntry("order_status", "issued")
        .containsEntry("dcv_status", "valid")
        .containsKey("certificate_id");
    Map<String, Object> order = Placements.order(http, fake, orderId);
    assertThat(Http.object(order.get("certificate")).get("id"))
        .isEqualTo(done.get("certificate_id"));
    assertThat(Http.object(order.get("dcv_token"))).containsEntry("status", "approved");
    assertThat(validation(http, fake, orderId)).containsEntry("order_status", "issued");
  }

  @Test
  void underADelayPolicyTheOrderIsIssuedOnceTheFakesClockHasMoved(FakeCertCentral fake) {
    long orderId =
        approvedUnder(fake, DcvPolicy.after(Duration.ofHours(1)), "http-token", "late.example.com");
    Http http = Http.conforming(fake);

    Map<String, Object> before = Placements.order(http, fake, orderId);
    fake.advanceClock(Duration.ofHours(1));
    Map<String, Object> after = Placements.order(http, fake, orderId);

    assertThat(before).containsEntry("status", "pending");
    assertThat(after).containsEntry("status", "issued");
  }

  @Test
  void checkDcvBeforeApprovalIsA400AndChangesNothing(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    long orderId = id(placed(http, fake, "early.example.com").get("id"));

    Http.Response response = checkDcv(http, fake, orderId, null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorCode()).isEqualTo("invalid_status");
    assertThat(Placements.order(http, fake, orderId)).containsEntry("status", "needs_approval");
  }

  @Test
  void checkDcvOfAnUnknownOrderIs404(FakeCertCentral fake) {
    Http.Response response = checkDcv(Http.conforming(fake), fake, 999_999_999L, null);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.errorCode()).isEqualTo("not_found|order");
  }

  @Test
  void malformedCheckDcvBodiesAreA400InDigiCertsFormat(FakeCertCentral fake) {
    long orderId = approvedUnder(fake, DcvPolicy.never(), "dns-txt-token", "bad.example.com");
    Http http = Http.of(fake);

    for (String body :
        List.of(
            "nope",
            "{\"dns_name_validations\": \"bad.example.com\"}",
            "{\"dns_name_validations\": [{\"dns_name\": 7}]}",
            "{\"dns_name_validations\": [{}]}")) {
      Http.Response response = checkDcv(http, fake, orderId, body);
      assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
      assertThat(response.errorCode()).isNotBlank();
    }
  }

  /** Places an order with the method under the policy and approves it; returns its id. */
  static long approvedUnder(FakeCertCentral fake, DcvPolicy policy, String method, String name) {
    Internals.state(fake).dcvPolicy(policy);
    Http http = Http.conforming(fake);
    Map<String, Object> body = order(name, List.of(name, "www." + name));
    body.put("dcv_method", method);
    Http.Response response = place(http, fake, "ssl_basic", body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    Map<String, Object> submitted = response.json();
    assertThat(decide(http, fake, requestId(submitted), "approved").status()).isEqualTo(204);
    return id(submitted.get("id"));
  }

  private static void tokenInPlace(FakeCertCentral fake, long orderId, String name) {
    State state = Internals.state(fake);
    new DomainValidation(state)
        .tokenInPlace(state.account(FakeCertCentral.DEFAULT_ACCOUNT), new OrderId(orderId), name);
  }

  private static Http.Response checkDcv(
      Http http, FakeCertCentral fake, long orderId, String body) {
    return http.put("/order/certificate/" + orderId + "/check-dcv", fake.apiKey(), body);
  }

  private static Map<String, Object> validation(Http http, FakeCertCentral fake, long orderId) {
    Http.Response response =
        http.get("/order/certificate/" + orderId + "/validation", fake.apiKey());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static Object statusOf(Map<String, Object> validation, String name) {
    for (Object item : (List<?>) validation.get("dns_name_validations")) {
      Map<String, Object> dns = Http.object(item);
      if (((List<?>) dns.get("dns_names")).contains(name)) {
        return dns.get("status");
      }
    }
    throw new AssertionError(name + " is not in " + validation);
  }
}
