package dev.certcentral.openapi.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker bites on both sides, and names the operation and the place of each difference. */
class ApiDescriptionTest {

  private static final ApiDescription DESCRIPTION = ApiDescription.certCentral();
  private static final Map<String, List<String>> JSON =
      Map.of("Content-Type", List.of("application/json"));

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Exchange.Builder cancel(String body) {
    return Exchange.request("PUT", "/services/v2/order/certificate/5/status")
        .header("X-DC-DEVKEY", "k")
        .header("Content-Type", "application/json; charset=UTF-8")
        .body(utf8(body));
  }

  private static Exchange orderInfo(String answer) {
    return Exchange.request("GET", "/services/v2/order/certificate/5")
        .header("X-DC-DEVKEY", "k")
        .answer(200, JSON, utf8(answer))
        .build();
  }

  @Test
  void aDocumentedCancelAndItsAnswerConform() {
    Exchange exchange =
        cancel("{\"status\":\"canceled\",\"note\":\"n\"}")
            .answer(204, Map.of(), new byte[0])
            .build();

    assertThat(DESCRIPTION.check(exchange)).isEmpty();
  }

  @Test
  void bothSpellingsOfTheCancelStatusConformAndNoOther() {
    assertThat(DESCRIPTION.check(cancel("{\"status\":\"CANCELED\",\"note\":\"n\"}").build()))
        .isEmpty();
    assertThat(DESCRIPTION.check(cancel("{\"status\":\"Canceled\",\"note\":\"n\"}").build()))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.operationId()).isEqualTo("updateOrderStatus");
              assertThat(m.side()).isEqualTo("request");
              assertThat(m.pointer()).isEqualTo("/body/status");
            });
  }

  @Test
  void aRequestThatDiffersFailsWithTheOperationAndThePointer() {
    Exchange noteless = cancel("{\"status\":\"canceled\",\"reason\":\"n\"}").build();

    assertThatThrownBy(() -> DESCRIPTION.assertConforms(noteless))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("updateOrderStatus request /body")
        .hasMessageContaining("note")
        .hasMessageContaining("reason");
  }

  @Test
  void anAnswerThatDiffersFailsWithTheOperationAndThePointer() {
    Exchange exchange =
        orderInfo(
            "{\"id\": \"five\", \"status\": \"issued\","
                + " \"certificate\": {\"common_name\": \"a.example\"}}");

    assertThatThrownBy(() -> DESCRIPTION.assertConforms(exchange))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("getOrder response /body/id");
  }

  @Test
  void anUnknownStatusIsAcceptedAsTheClientAcceptsIt() {
    Exchange exchange =
        orderInfo(
            "{\"id\": 5, \"status\": \"on_hold_for_audit\","
                + " \"certificate\": {\"common_name\": \"a.example\"}}");

    assertThat(DESCRIPTION.check(exchange)).isEmpty();
  }

  @Test
  void aMissingKeyAnUndescribedStatusAndAnUnknownPathAreDifferences() {
    Exchange keyless = Exchange.request("GET", "/services/v2/request").build();
    Exchange teapot =
        Exchange.request("GET", "/services/v2/request")
            .header("X-DC-DEVKEY", "k")
            .answer(418, JSON, utf8("{\"errors\":[{\"code\":\"x\",\"message\":\"m\"}]}"))
            .build();
    Exchange nowhere =
        Exchange.request("GET", "/services/v2/nowhere").header("X-DC-DEVKEY", "k").build();

    assertThat(DESCRIPTION.check(keyless))
        .extracting(Mismatch::operationId)
        .contains("listRequests");
    assertThat(DESCRIPTION.check(teapot))
        .anySatisfy(m -> assertThat(m.pointer()).isEqualTo("/status"));
    assertThat(DESCRIPTION.check(nowhere)).extracting(Mismatch::operationId).contains("(none)");
  }

  @Test
  void theValidationPagesStringIdsConformAndSoDoNumbers() {
    String seed =
        "{\"order_id\": \"112211\", \"order_status\": \"issued\", \"organization_id\": \"12345\","
            + " \"organization_validations\": [{\"type\": \"ov\", \"status\": \"complete\"}],"
            + " \"dns_name_validations\": [{\"domain_id\": 1234, \"status\": \"approved\"}]}";
    Exchange exchange =
        Exchange.request("GET", "/services/v2/order/certificate/112211/validation")
            .header("X-DC-DEVKEY", "k")
            .answer(200, JSON, utf8(seed))
            .build();

    assertThat(DESCRIPTION.check(exchange)).isEmpty();
  }
}
