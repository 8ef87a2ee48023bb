package dev.certcentral.http;

import static dev.certcentral.http.Wiring.KEY;
import static dev.certcentral.http.Wiring.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCategory;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.OutcomeUnknownException;
import dev.certcentral.core.domain.error.RateLimitedException;
import dev.certcentral.core.domain.error.RuleViolationException;
import dev.certcentral.core.domain.error.ServiceUnavailableException;
import dev.certcentral.core.domain.error.TransportException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error mapping, malformed answers, retries, timeouts, and the key kept out of sight. */
class ErrorsAndRetriesTest {

  private static final String REQUEST_JSON =
      "{\"id\": 9, \"date\": \"2030-01-01T00:00:00+00:00\", \"type\": \"revoke\", \"status\":"
          + " \"pending\"}";

  private final MockWebServer server = NoDelayServerSockets.mockWebServer();
  private final ConformingDispatcher requests = new ConformingDispatcher();
  private final ManualTime time = new ManualTime();
  private CertCentralClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(requests);
    server.start();
    client = Wiring.client(server, time).build();
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

  private static String errors(String code) {
    return "{\"errors\": [{\"code\": \"" + code + "\", \"message\": \"m\"}]}";
  }

  @Test
  void statusesAndCodesMapToTypedExceptions() {
    answer(403, errors("access_denied|access_denied_invalid_key"));
    answer(404, errors("not_found|order"));
    // A state change refused with a code the client never looks for: the state's refusal.
    answer(400, errors("a_code_digicert_never_documented"));
    answer(400, errors("bad_request_format"));
    OrderId id = new OrderId(1);

    CertCentralException denied = failureOf(() -> client.certCentral().getOrder(id));
    CertCentralException missing = failureOf(() -> client.certCentral().getOrder(id));
    CertCentralException rule = failureOf(() -> client.certCentral().cancelOrder(id, "n"));
    CertCentralException invalid = failureOf(() -> client.certCentral().cancelOrder(id, "n"));

    assertThat(denied).isInstanceOf(AccessDeniedException.class);
    assertThat(denied.httpStatus()).hasValue(403);
    assertThat(denied.primaryErrorCode()).isEqualTo("access_denied|access_denied_invalid_key");
    assertThat(missing).isInstanceOf(NotFoundException.class);
    assertThat(missing.hasErrorCode("not_found|order")).isTrue();
    assertThat(rule).isInstanceOf(RuleViolationException.class);
    assertThat(invalid)
        .isInstanceOf(InvalidRequestException.class)
        .isNotInstanceOf(RuleViolationException.class);
  }

  @Test
  void rateLimitAndServerErrorsMapAfterTheRetriesRunOut() {
    client.close();
    client = Wiring.client(server, time).retryPolicy(RetryPolicy.none()).build();
    answer(429, errors("request_limit_exceeded"));
    answer(500, "{}");

    assertThat(failureOf(() -> client.certCentral().listRequests()))
        .isInstanceOf(RateLimitedException.class);
    assertThat(failureOf(() -> client.certCentral().listRequests()))
        .isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void everyStatusBandHasItsType() {
    client.close();
    client = Wiring.client(server, time).retryPolicy(RetryPolicy.none()).build();
    answer(401, "");
    answer(499, errors("bad_request_format"));
    answer(500, "");
    answer(399, "");
    server.enqueue(
        new MockResponse.Builder().code(300).setHeader("Location", "/elsewhere").body("").build());
    answer(400, "{\"errors\": [null, {\"message\": \"no code\"}, {\"code\": \"only_code\"}]}");

    List<CertCentralException> failures = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      failures.add(failureOf(() -> client.certCentral().listRequests()));
    }

    assertThat(failures.get(0)).isInstanceOf(AccessDeniedException.class);
    assertThat(failures.get(1)).isInstanceOf(InvalidRequestException.class);
    assertThat(failures.get(2)).isInstanceOf(ServiceUnavailableException.class);
    assertThat(failures.get(3))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("HTTP 399 with Location: (none)");
    assertThat(failures.get(4))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("HTTP 300 with Location: /elsewhere");
    assertThat(failures.get(5).errors()).containsExactly(new DigiCertError("only_code", ""));
    assertThat(failures.get(5))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageEndingWith("HTTP 400: only_code");
  }

  @Test
  void aRevokeSkippingApprovalReadsABlankAnswerAsRevokedAndARequestAsCreated() {
    answer(200, " ");
    answer(201, REQUEST_JSON);
    answer(201, "");

    RevokeOutcome blank = client.certCentral().revokeOrderCertificates(new OrderId(1), "c", true);
    RevokeOutcome request = client.certCentral().revokeOrderCertificates(new OrderId(1), "c", true);
    CertCentralException blankWithoutSkip =
        failureOf(() -> client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false));

    assertThat(blank).isEqualTo(new RevokeOutcome.RevokedImmediately(new OrderId(1)));
    assertThat(request).isInstanceOf(RevokeOutcome.RequestCreated.class);
    assertThat(blankWithoutSkip).isInstanceOf(UnexpectedResponseException.class);
  }

  @Test
  void closingEvictsTheClientsConnections() {
    answer(200, "{\"requests\": []}");
    client.certCentral().listRequests();
    assertThat(client.okHttp().connectionPool().connectionCount()).isEqualTo(1);

    client.close();

    assertThat(client.okHttp().connectionPool().connectionCount()).isZero();
  }

  @Test
  void aProxysHtmlPageKeepsItsStatusAndAnExcerpt() {
    client.close();
    client = Wiring.client(server, time).retryPolicy(RetryPolicy.none()).build();
    answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
    answer(200, "<html><body>Please log in</body></html>");

    CertCentralException gateway = failureOf(() -> client.certCentral().listRequests());
    CertCentralException login = failureOf(() -> client.certCentral().listRequests());

    assertThat(gateway).isInstanceOf(ServiceUnavailableException.class);
    assertThat(gateway.httpStatus()).hasValue(502);
    assertThat(gateway.getMessage()).contains("502 Bad Gateway");
    assertThat(login).isInstanceOf(UnexpectedResponseException.class);
    assertThat(login.httpStatus()).hasValue(200);
    assertThat(((UnexpectedResponseException) login).bodyExcerpt()).contains("Please log in");
  }

  @Test
  void malformedSuccessfulAnswersAreUnexpectedResponses() {
    List<String> bodies =
        List.of(
            "",
            "null",
            "{\"id\": 9, \"date\": \"2030-01-01T00:00:00+00:00\"",
            "{\"id\": {}, \"date\": \"x\"}",
            "{\"date\": \"2030-01-01T00:00:00+00:00\", \"type\": \"revoke\", \"status\": \"pending\"}",
            "{\"id\": 9, \"date\": \"yesterday\", \"type\": \"revoke\", \"status\": \"pending\"}",
            "{\"id\": -4, \"date\": \"2030-01-01T00:00:00+00:00\", \"type\": \"r\", \"status\": \"p\"}",
            "[1, 2, 3]");
    for (String body : bodies) {
      answer(200, body);
      CertCentralException e = failureOf(() -> client.certCentral().getRequest(new RequestId(9)));
      assertThat(e).as(body).isInstanceOf(UnexpectedResponseException.class);
      assertThat(e.httpStatus()).as(body).hasValue(200);
    }
  }

  @Test
  void aHugeAnswerIsRefusedWithoutBufferingIt() {
    Buffer huge = new Buffer();
    huge.writeUtf8("{\"requests\": [");
    String entry = REQUEST_JSON + ",";
    while (huge.size() <= CallExecutor.MAX_BODY_BYTES) {
      huge.writeUtf8(entry);
    }
    huge.writeUtf8(REQUEST_JSON + "]}");
    server.enqueue(new MockResponse.Builder().code(200).body(huge).build());

    CertCentralException e = failureOf(() -> client.certCentral().listRequests());

    assertThat(e)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("larger than");
  }

  @Test
  void readsAreRetriedWithDoublingBackoff() {
    answer(503, errors("service_unavailable"));
    answer(502, "bad gateway");
    answer(504, "");
    answer(200, REQUEST_JSON);

    assertThat(client.certCentral().getRequest(new RequestId(9)).id()).isEqualTo(new RequestId(9));

    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void retriesStopAtMaxAttempts() {
    for (int i = 0; i < 5; i++) {
      answer(503, "");
    }

    assertThat(failureOf(() -> client.certCentral().listRequests()))
        .isInstanceOf(ServiceUnavailableException.class);

    assertThat(server.getRequestCount()).isEqualTo(RetryPolicy.defaults().maxAttempts());
    assertThat(time.sleeps()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
  }

  @Test
  void retriesStopWhenTheNextPauseWouldPassMaxElapsedAndStartWhenItEndsExactlyThere() {
    // Pauses of 1, 2 and 4 s end 1, 3 and 7 s after the first attempt.
    for (int maxElapsed : new int[] {3, 6, 7}) {
      List<Duration> expected =
          maxElapsed < 7
              ? List.of(Duration.ofSeconds(1), Duration.ofSeconds(2))
              : List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
      ManualTime clock = new ManualTime();
      int before = server.getRequestCount();
      for (int i = 0; i <= expected.size(); i++) {
        answer(503, "");
      }

      try (CertCentralClient bounded =
          Wiring.client(server, clock)
              .retryPolicy(
                  new RetryPolicy(
                      10,
                      Duration.ofSeconds(1),
                      Duration.ofSeconds(8),
                      Duration.ofSeconds(maxElapsed),
                      0))
              .build()) {
        assertThat(failureOf(() -> bounded.certCentral().listRequests()))
            .isInstanceOf(ServiceUnavailableException.class);
      }

      assertThat(clock.sleeps()).as("maxElapsed %d s", maxElapsed).isEqualTo(expected);
      assertThat(server.getRequestCount() - before).isEqualTo(expected.size() + 1);
    }
  }

  @Test
  void theCallTimeoutBoundsRetriesAndPausesTogether() {
    client.close();
    client = Wiring.client(server, time).callTimeout(Duration.ofSeconds(3)).build();
    for (int i = 0; i < 5; i++) {
      answer(503, "");
    }

    failureOf(() -> client.certCentral().listRequests());

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void jitterShortensPausesWithinItsFraction() {
    RetryPolicy policy = RetryPolicy.defaults();
    for (double random : new double[] {0.0, 0.25, 0.999}) {
      Duration pause = policy.backoff(3, random);
      assertThat(pause).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
    assertThat(policy.backoff(10, 0)).isEqualTo(policy.maxBackoff());
  }

  @Test
  void aRetryAfterHeaderLengthensThePause() {
    server.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("").build());
    answer(200, "{\"requests\": []}");

    client.certCentral().listRequests();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aRetryAfterIsCappedAtMaxBackoffAndOnlyPlainSecondsUpToSixDigitsCount() {
    client.close();
    client =
        Wiring.client(server, time)
            .retryPolicy(
                new RetryPolicy(
                    10, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60), 0))
            .build();
    for (String header : List.of("999999", "1", "1000000", "2x", "-3")) {
      server.enqueue(
          new MockResponse.Builder().code(503).setHeader("Retry-After", header).body("").build());
    }
    answer(200, "{\"requests\": []}");

    client.certCentral().listRequests();

    assertThat(time.sleeps())
        .containsExactly(
            Duration.ofSeconds(8), // 999999 s, capped at maxBackoff
            Duration.ofSeconds(2), // 1 s is shorter than the backoff
            Duration.ofSeconds(4), // seven digits: ignored
            Duration.ofSeconds(8), // not a number
            Duration.ofSeconds(8)); // not plain seconds
  }

  @Test
  void aRevokeIsRetriedAfter429And503ButNotAfterAGateway502() {
    answer(429, errors("request_limit_exceeded"));
    answer(503, "");
    answer(201, REQUEST_JSON);
    answer(502, "");

    client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false);
    CertCentralException gateway =
        failureOf(() -> client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false));

    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(gateway).isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void aRevokeResentAfterA503AndRefusedSaysTheFirstAttemptMayHaveBeenApplied() {
    // The scenario: CertCentral created the request, then a 503 reached the client; the
    // resend is refused because the revoke request now exists.
    answer(503, errors("service_unavailable"));
    answer(400, errors("invalid_status"));

    CertCentralException e =
        failureOf(() -> client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false));

    assertThat(e).isInstanceOf(OutcomeUnknownException.class);
    assertThat(e).isNotInstanceOf(RuleViolationException.class);
    assertThat(e.category()).isEqualTo(ErrorCategory.OUTCOME_UNKNOWN);
    assertThat(e.getMessage())
        .contains("attempt 1")
        .contains("HTTP 503")
        .contains("may have been applied")
        .contains("before sending it again");
    assertThat(e.httpStatus()).hasValue(400);
    assertThat(e.hasErrorCode("invalid_status")).isTrue();
    assertThat(((OutcomeUnknownException) e).lastFailure())
        .isInstanceOf(RuleViolationException.class)
        .isSameAs(e.getCause());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aWriteWhose503sRunOutIsReportedAsPossiblyApplied() {
    for (int i = 0; i < RetryPolicy.defaults().maxAttempts(); i++) {
      answer(503, "");
    }

    CertCentralException e =
        failureOf(() -> client.certCentral().cancelOrder(new OrderId(1), "not needed"));

    assertThat(e).isInstanceOf(OutcomeUnknownException.class);
    assertThat(((OutcomeUnknownException) e).lastFailure())
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(e.getMessage()).contains("sent 4 times");
  }

  @Test
  void aWriteRefusedAfterOnlyUnambiguousFailuresKeepsItsOwnType() {
    answer(429, errors("request_limit_exceeded"));
    answer(400, errors("invalid_status"));
    answer(503, errors("service_unavailable"));
    answer(200, REQUEST_JSON.replace("\"id\": 9", "\"id\": {}"));
    answer(503, errors("service_unavailable"));
    answer(404, errors("not_found"));

    CertCentralException afterRateLimit =
        failureOf(() -> client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false));
    CertCentralException read = failureOf(() -> client.certCentral().getRequest(new RequestId(9)));
    CertCentralException readAfter503 =
        failureOf(() -> client.certCentral().getRequest(new RequestId(9)));

    assertThat(afterRateLimit).isInstanceOf(RuleViolationException.class);
    assertThat(read).isInstanceOf(UnexpectedResponseException.class);
    assertThat(readAfter503).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aWriteThatSucceedsOnTheResendIsASuccessAndASingle503IsNotResent() {
    answer(503, "");
    answer(201, REQUEST_JSON);
    answer(503, "");

    client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false);
    client.close();
    client = Wiring.client(server, time).retryPolicy(RetryPolicy.none()).build();
    CertCentralException once =
        failureOf(() -> client.certCentral().decideRequest(new RequestId(9), Decision.APPROVE, ""));

    assertThat(once).isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aRevokeIsNeverResentAfterTheConnectionBreaksMidAnswer() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .body(REQUEST_JSON)
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
    answer(201, REQUEST_JSON);

    CertCentralException e =
        failureOf(() -> client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false));

    assertThat(e)
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("before sending it again");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aReadAfterABrokenConnectionIsRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{}")
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
    answer(200, "{\"requests\": []}");

    assertThat(client.certCentral().listRequests()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aTimedOutRevokeFailsAtOnceAndATimedOutReadIsRetried() {
    client.close();
    client = Wiring.client(server, time).attemptTimeout(Duration.ofMillis(300)).build();
    MockResponse slow =
        new MockResponse.Builder()
            .code(201)
            .body(REQUEST_JSON)
            .headersDelay(1, TimeUnit.SECONDS)
            .build();
    server.enqueue(slow);

    CertCentralException write =
        failureOf(() -> client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false));
    assertThat(write).isInstanceOf(TransportException.class).hasMessageContaining("timed out");
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(slow);
    answer(200, "{\"requests\": []}");
    assertThat(client.certCentral().listRequests()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void connectionRefusedIsRetriedEvenForWrites() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    client.close();
    client =
        CertCentralClient.builder()
            .apiKey(KEY)
            .baseUrl("http://127.0.0.1:" + closedPort + "/services/v2")
            .clock(time)
            .sleeper(time)
            .random(() -> 0.0)
            .build();

    CertCentralException e =
        failureOf(() -> client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false));

    assertThat(e).isInstanceOf(TransportException.class).hasMessageNotContaining("before sending");
    assertThat(time.sleeps()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
  }

  @Test
  void theKeyAppearsInNoLogLineMessageOrToString() {
    List<String> lines = new ArrayList<>();
    client.close();
    client =
        Wiring.client(server, time)
            .retryPolicy(RetryPolicy.none())
            .wireLogging(WireLogging.BODY)
            .wireLogSink(lines::add)
            .build();
    answer(403, "{\"errors\": [{\"code\": \"x\", \"message\": \"bad key " + KEY + "\"}]}");
    answer(200, "echo: X-DC-DEVKEY: " + KEY);

    CertCentralException denied = failureOf(() -> client.certCentral().listRequests());
    CertCentralException echoed = failureOf(() -> client.certCentral().listRequests());

    assertThat(lines).isNotEmpty().anyMatch(line -> line.startsWith("X-DC-DEVKEY"));
    assertThat(lines.stream().filter(line -> line.startsWith("X-DC-DEVKEY")))
        .allMatch(line -> !line.contains(KEY));
    assertThat(echoed.getMessage()).doesNotContain(KEY).contains("<redacted>");
    assertThat(echoed.toString()).doesNotContain(KEY);
    assertThat(denied.toString()).doesNotContain(KEY).contains("<redacted>");
    assertThat(client.toString()).doesNotContain(KEY);
  }

  @Test
  void theClientRateLimitWaitsInsteadOfBeingRefused() {
    client.close();
    client = Wiring.client(server, time).clientRateLimit(true).build();
    for (int i = 0; i <= 100; i++) {
      answer(200, "{\"requests\": []}");
    }

    for (int i = 0; i <= 100; i++) {
      client.certCentral().listRequests();
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
  }
}
