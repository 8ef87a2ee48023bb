package dev.certcentral.http;

import static dev.certcentral.http.Wiring.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.CsrInvalidException;
import dev.certcentral.core.domain.error.DcvCheckFailedException;
import dev.certcentral.core.domain.error.ErrorCategory;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.OutcomeUnknownException;
import dev.certcentral.core.domain.error.RuleViolationException;
import dev.certcentral.core.domain.error.ServiceUnavailableException;
import dev.certcentral.core.domain.error.TransportException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How placing an order, checking DCV and reissuing are refused and repeated: DigiCert's documented
 * codes read into core's exceptions, a refused reissue classified from the call like cancel and
 * revoke, placement and reissue never resent after an ambiguous failure, a DCV check resent like a
 * read.
 */
class IssuanceRefusalsTest {

  private static final String SUBMITTED =
      "{\"id\": 5, \"requests\": [{\"id\": 6, \"status\": \"pending\"}]}";
  private static final String CHECKED =
      "{\"order_status\": \"issued\", \"certificate_id\": 9, \"dcv_status\": \"valid\"}";
  private static final CertificateDetails CERTIFICATE =
      CertificateDetails.builder().commonName("example.com").csr(TestChain.create().csr).build();
  private static final NewOrder ORDER =
      NewOrder.builder()
          .productNameId("ssl_basic")
          .certificate(CERTIFICATE)
          .orderValidity(OrderValidity.ofYears(1))
          .build();
  private static final OrderId ID = new OrderId(5);

  private final MockWebServer server = NoDelayServerSockets.mockWebServer();
  private final ConformingDispatcher requests = new ConformingDispatcher();
  private final ManualTime time = new ManualTime();
  private CertCentralClient client;
  private HttpCertCentral port;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(requests);
    server.start();
    client = Wiring.client(server, time).build();
    port = client.certCentral();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    requests.assertConforming();
  }

  private void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  private void refuse(int code, String errorCode) {
    answer(code, "{\"errors\": [{\"code\": \"" + errorCode + "\", \"message\": \"m\"}]}");
  }

  private void breakOff() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .body(SUBMITTED)
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"csr_invalid_cannot_parse", "csr_invalid_signature", "csr_invalid"})
  void aRefusedCsrIsACsrInvalidExceptionForAnOrderAndAReissue(String code) {
    refuse(400, code);
    refuse(400, code);

    CertCentralException placed = failureOf(() -> port.placeOrder(ORDER));
    CertCentralException reissued = failureOf(() -> port.reissueOrder(ID, CERTIFICATE));

    for (CertCentralException refused : new CertCentralException[] {placed, reissued}) {
      assertThat(refused).isInstanceOf(CsrInvalidException.class);
      assertThat(refused.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
      assertThat(refused.httpStatus()).hasValue(400);
      assertThat(refused.primaryErrorCode()).isEqualTo(code);
      assertThat(refused.getCause()).isInstanceOf(InvalidRequestException.class);
    }
  }

  @Test
  void aProductTheAccountCannotOrderIsNotFound() {
    refuse(404, "not_found|product");

    CertCentralException e = failureOf(() -> port.placeOrder(ORDER));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.hasErrorCode("not_found|product")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_value:validity_years", "cert_validity_exceeds_order_validity"})
  void anOrderRefusedForItsValuesIsAnInvalidRequestNeverARuleViolation(String code) {
    refuse(400, code);

    assertThat(failureOf(() -> port.placeOrder(ORDER)))
        .isExactlyInstanceOf(InvalidRequestException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_status", "order_not_issued", "error"})
  void aReissueRefusedWithAnyOtherCodeIsTheOrdersRefusal(String code) {
    refuse(400, code);
    refuse(400, "bad_request_format");

    CertCentralException refused = failureOf(() -> port.reissueOrder(ID, CERTIFICATE));
    CertCentralException badBody = failureOf(() -> port.reissueOrder(ID, CERTIFICATE));

    assertThat(refused).isExactlyInstanceOf(RuleViolationException.class);
    assertThat(refused.primaryErrorCode()).isEqualTo(code);
    assertThat(badBody).isExactlyInstanceOf(InvalidRequestException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_dns_txt", "file_random_value_not_found", "invalid_dns_method"})
  void aDcvCheckWithoutProofIsADcvCheckFailedException(String code) {
    refuse(400, code);

    CertCentralException e = failureOf(() -> port.checkDcv(ID));

    assertThat(e).isInstanceOf(DcvCheckFailedException.class);
    assertThat(e.category()).isEqualTo(ErrorCategory.RULE_VIOLATION);
    assertThat(e.httpStatus()).hasValue(400);
    assertThat(e.primaryErrorCode()).isEqualTo(code);
    assertThat(((DcvCheckFailedException) e).pendingNames()).isEmpty();
  }

  @Test
  void aDcvCheckRefusedOtherwiseIsTheOrdersRefusalOrAnInputError() {
    refuse(400, "invalid_status");
    refuse(400, "bad_request_format");
    refuse(404, "not_found|order");

    assertThat(failureOf(() -> port.checkDcv(ID)))
        .isExactlyInstanceOf(RuleViolationException.class);
    assertThat(failureOf(() -> port.checkDcv(ID)))
        .isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(failureOf(() -> port.checkDcv(ID))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void placementAndReissueAreResentAfter429And503ButNotAfterAGateway() {
    refuse(429, "request_limit_exceeded");
    answer(201, SUBMITTED);
    answer(503, "");
    answer(201, SUBMITTED);
    answer(502, "");
    answer(504, "");

    port.placeOrder(ORDER);
    port.reissueOrder(ID, CERTIFICATE);
    CertCentralException badGateway = failureOf(() -> port.placeOrder(ORDER));
    CertCentralException gatewayTimeout = failureOf(() -> port.reissueOrder(ID, CERTIFICATE));

    assertThat(badGateway).isInstanceOf(ServiceUnavailableException.class);
    assertThat(gatewayTimeout).isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void anOrderIsNeverResentAfterTheConnectionBreaksMidAnswer() {
    breakOff();
    breakOff();

    CertCentralException placed = failureOf(() -> port.placeOrder(ORDER));
    CertCentralException reissued = failureOf(() -> port.reissueOrder(ID, CERTIFICATE));

    for (CertCentralException e : new CertCentralException[] {placed, reissued}) {
      assertThat(e).isInstanceOf(TransportException.class).hasMessageContaining("before sending");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void anOrderResentAfterA503AndThenRefusedHasAnUnknownOutcome() {
    answer(503, "");
    refuse(400, "csr_invalid_cannot_parse");
    answer(503, "");
    refuse(400, "invalid_status");

    CertCentralException placed = failureOf(() -> port.placeOrder(ORDER));
    CertCentralException reissued = failureOf(() -> port.reissueOrder(ID, CERTIFICATE));

    assertThat(placed).isInstanceOf(OutcomeUnknownException.class);
    assertThat(placed.getMessage()).contains("POST /order/certificate/ssl_basic", "HTTP 503");
    assertThat(((OutcomeUnknownException) placed).lastFailure())
        .isInstanceOf(CsrInvalidException.class);
    assertThat(reissued).isInstanceOf(OutcomeUnknownException.class);
    assertThat(((OutcomeUnknownException) reissued).lastFailure())
        .isExactlyInstanceOf(RuleViolationException.class);
  }

  @Test
  void aDcvCheckIsResentLikeAReadAfterAGatewayOrABrokenConnection() {
    answer(502, "");
    answer(504, "");
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(CHECKED)
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
    answer(200, CHECKED);

    DcvCheck check = port.checkDcv(ID);

    assertThat(check.dcvStatus()).isEqualTo(DcvCheck.VALID);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aDcvCheckRefusedAfterAResendMayHaveCompletedTheOrder() {
    // The first check passed the last domain and issued the order, but its answer was lost; the
    // resend finds DCV no longer open.
    answer(504, "");
    refuse(400, "invalid_status");
    refuse(429, "request_limit_exceeded");
    refuse(400, "invalid_dns_txt");

    CertCentralException afterGateway = failureOf(() -> port.checkDcv(ID));
    CertCentralException afterRateLimit = failureOf(() -> port.checkDcv(ID));

    assertThat(afterGateway).isInstanceOf(OutcomeUnknownException.class);
    assertThat(afterGateway.getMessage()).contains("attempt 1 got HTTP 504");
    assertThat(((OutcomeUnknownException) afterGateway).lastFailure())
        .isExactlyInstanceOf(RuleViolationException.class);
    assertThat(afterRateLimit).isInstanceOf(DcvCheckFailedException.class);
  }

  @Test
  void aDcvCheckWhoseConnectionKeepsBreakingHasAnUnknownOutcome() {
    for (int i = 0; i < RetryPolicy.defaults().maxAttempts(); i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body(CHECKED)
              .onResponseStart(new SocketEffect.CloseSocket())
              .build());
    }

    CertCentralException e = failureOf(() -> port.checkDcv(ID));

    assertThat(e).isInstanceOf(OutcomeUnknownException.class);
    assertThat(e.getMessage()).contains("attempt 1 got no answer");
    assertThat(((OutcomeUnknownException) e).lastFailure()).isInstanceOf(TransportException.class);
  }
}
