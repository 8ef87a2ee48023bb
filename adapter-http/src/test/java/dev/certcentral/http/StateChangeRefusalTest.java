package dev.certcentral.http;

import static dev.certcentral.http.Wiring.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.RuleViolationException;
import dev.certcentral.core.port.out.CertCentral;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A refused state change is classified from the call and DigiCert's documented input errors, never
 * from a code only the fake sends.
 */
class StateChangeRefusalTest {

  private final MockWebServer server = NoDelayServerSockets.mockWebServer();
  private final ConformingDispatcher requests = new ConformingDispatcher();
  private CertCentralClient client;
  private CertCentral port;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(requests);
    server.start();
    client = Wiring.client(server, new ManualTime()).build();
    port = client.certCentral();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    requests.assertConforming();
  }

  private void refuse(int status, String code) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", "application/json")
            .body("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"m\"}]}")
            .build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_status", "order_status_not_allowed", "error"})
  void aCompleteStateChangeRefusedWithAnyOtherCodeIsARuleViolation(String code) {
    refuse(400, code);
    refuse(400, code);
    refuse(400, code);

    CertCentralException cancel = failureOf(() -> port.cancelOrder(new OrderId(1), "note"));
    CertCentralException revoke =
        failureOf(() -> port.revokeOrderCertificates(new OrderId(1), "why", false));
    CertCentralException decide =
        failureOf(() -> port.decideRequest(new RequestId(2), Decision.APPROVE, ""));

    for (CertCentralException refused : new CertCentralException[] {cancel, revoke, decide}) {
      assertThat(refused).isInstanceOf(RuleViolationException.class);
      assertThat(refused.httpStatus()).hasValue(400);
      assertThat(refused.primaryErrorCode()).isEqualTo(code);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad_request_format", "invalid_value:note", "invalid_value"})
  void aRefusalNamingADocumentedInputErrorStaysAnInvalidRequest(String code) {
    refuse(400, code);

    assertThat(failureOf(() -> port.cancelOrder(new OrderId(1), "note")))
        .isInstanceOf(InvalidRequestException.class)
        .isNotInstanceOf(RuleViolationException.class);
  }

  @Test
  void aRefusedIncompleteRequestIsAnInvalidRequestWhateverTheCode() {
    refuse(400, "invalid_status");
    refuse(400, "invalid_status");

    assertThat(failureOf(() -> port.cancelOrder(new OrderId(1), " ")))
        .isInstanceOf(InvalidRequestException.class)
        .isNotInstanceOf(RuleViolationException.class);
    assertThat(failureOf(() -> port.revokeOrderCertificates(new OrderId(1), "", false)))
        .isInstanceOf(InvalidRequestException.class)
        .isNotInstanceOf(RuleViolationException.class);
  }

  @Test
  void otherStatusesKeepTheirKind() {
    refuse(404, "not_found|order");
    refuse(403, "access_denied|missing_permission");

    assertThat(failureOf(() -> port.cancelOrder(new OrderId(1), "note")))
        .isInstanceOf(NotFoundException.class);
    assertThat(failureOf(() -> port.decideRequest(new RequestId(2), Decision.REJECT, "no")))
        .isInstanceOf(AccessDeniedException.class);
  }
}
