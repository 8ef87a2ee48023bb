package dev.certcentral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.RuleViolationException;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.http.CertCentralClient;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refused cancel, revoke or decision reads the same against a CertCentral that answers exactly as
 * DigiCert documents as against the fake: the same exception type, the same CLI exit code.
 *
 * <p>DigiCert documents no code for a refused state change (its errors page lists input errors
 * only; openapi/certcentral.yaml marks the fake's {@code invalid_status} as {@code
 * x-fake-decision}). What it does document is the shape: a 4xx with {@code {"errors":[{"code",
 * "message"}]}}. So the stand-in answers 400 in that shape with a code neither the fake nor the
 * client knows: the assumption is the shape and the status, not the code.
 */
class DocumentedRefusalsTest {

  private static final String KEY = "documented-refusals-key";

  /** A code no page names and no part of this project knows. */
  private static final String UNNAMED_CODE = "order_status_prohibits_action";

  private FakeCertCentral fake;
  private MockWebServer digicert;

  @BeforeEach
  void start() throws Exception {
    fake = FakeCertCentral.start();
    digicert = new MockWebServer();
    digicert.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .code(400)
                .setHeader("Content-Type", "application/json")
                .body(
                    "{\"errors\":[{\"code\":\""
                        + UNNAMED_CODE
                        + "\",\"message\":\"The action is not allowed for this order's"
                        + " status.\"}]}")
                .build();
          }
        });
    digicert.start();
  }

  @AfterEach
  void stop() {
    fake.close();
    digicert.close();
  }

  private static CertCentralException failureOf(CertCentral port, Consumer<CertCentral> call) {
    try {
      call.accept(port);
    } catch (CertCentralException e) {
      return e;
    }
    throw new AssertionError("expected a CertCentralException");
  }

  private static CertCentralClient client(String key, String baseUrl) {
    return CertCentralClient.builder().apiKey(key).baseUrl(baseUrl).build();
  }

  private void assertSameRefusal(
      Consumer<CertCentral> onFake, Consumer<CertCentral> onDigiCert, String... cliArgs) {
    CertCentralException fromFake;
    CertCentralException fromDigiCert;
    try (CertCentralClient toFake = client(fake.apiKey(), fake.baseUrl());
        CertCentralClient toDigiCert = client(KEY, digicert.url("/services/v2/").toString())) {
      fromFake = failureOf(toFake.certCentral(), onFake);
      fromDigiCert = failureOf(toDigiCert.certCentral(), onDigiCert);
    }

    assertThat(fromFake).isInstanceOf(RuleViolationException.class);
    assertThat(fromDigiCert.getClass()).isEqualTo(fromFake.getClass());
    assertThat(ExitCodes.of(fromDigiCert))
        .isEqualTo(ExitCodes.of(fromFake))
        .isEqualTo(ExitCodes.RULE_VIOLATION);
    assertThat(fromDigiCert.primaryErrorCode()).isEqualTo(UNNAMED_CODE);

    Run viaCli =
        Run.of(
            Map.of(
                "DIGICERT_API_KEY",
                KEY,
                "DIGICERT_BASE_URL",
                digicert.url("/services/v2").toString()),
            cliArgs);
    assertThat(viaCli.exitCode()).isEqualTo(ExitCodes.RULE_VIOLATION);
  }

  @Test
  void aRefusedCancelIsARuleViolationBothWays() {
    OrderId issued = fake.givenOrder(OrderStatus.ISSUED);

    assertSameRefusal(
        port -> port.cancelOrder(issued, "too late"),
        port -> port.cancelOrder(new OrderId(7), "too late"),
        "orders",
        "cancel",
        "7",
        "--note",
        "too late");
  }

  @Test
  void aRefusedRevokeIsARuleViolationBothWays() {
    OrderId pending = fake.givenOrder(OrderStatus.PENDING);

    assertSameRefusal(
        port -> port.revokeOrderCertificates(pending, "compromised", false),
        port -> port.revokeOrderCertificates(new OrderId(7), "compromised", false),
        "orders",
        "revoke",
        "7",
        "--comments",
        "compromised");
  }

  @Test
  void aRefusedDecisionIsARuleViolationBothWays() {
    RequestId decided;
    try (CertCentralClient toFake = client(fake.apiKey(), fake.baseUrl())) {
      CertCentral port = toFake.certCentral();
      OrderId issued = fake.givenOrder(OrderStatus.ISSUED);
      Request request =
          ((RevokeOutcome.RequestCreated) port.revokeOrderCertificates(issued, "c", false))
              .request();
      port.decideRequest(request.id(), Decision.REJECT, "no");
      decided = request.id();
    }

    assertSameRefusal(
        port -> port.decideRequest(decided, Decision.APPROVE, "yes"),
        port -> port.decideRequest(new RequestId(9), Decision.APPROVE, "yes"),
        "requests",
        "approve",
        "9");
  }
}
