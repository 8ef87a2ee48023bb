package dev.certcentral.http;

import static dev.certcentral.http.Wiring.KEY;
import static dev.certcentral.http.Wiring.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An answer that quotes the key never brings it into a message, a log line or a toString(). */
class KeyRedactionTest {

  private final MockWebServer server = NoDelayServerSockets.mockWebServer();
  private final List<String> wireLog = new ArrayList<>();
  private CertCentralClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client =
        Wiring.client(server, new ManualTime())
            .retryPolicy(RetryPolicy.none())
            .wireLogging(WireLogging.BODY)
            .wireLogSink(wireLog::add)
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  /** Every text of the exception a log line could print: messages and toString() of the chain. */
  private static List<String> everythingPrintable(CertCentralException e) {
    List<String> texts = new ArrayList<>();
    for (DigiCertError error : e.errors()) {
      texts.add(error.toString());
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
    return texts;
  }

  @Test
  void aDigiCertErrorThatQuotesTheKeyIsRedactedInMessageCodesAndToString() {
    answer(
        403,
        "{\"errors\": [{\"code\": \"access_denied|access_denied_invalid_key\", \"message\":"
            + " \"Invalid API key "
            + KEY
            + "\"}, {\"code\": \"key:"
            + KEY
            + "\", \"message\": \"\"}]}");

    CertCentralException e = failureOf(() -> client.certCentral().getOrder(new OrderId(1)));

    assertThat(everythingPrintable(e)).noneMatch(text -> text.contains(KEY));
    assertThat(e.getMessage()).contains("Invalid API key <redacted>");
    assertThat(e.primaryErrorCode()).isEqualTo("access_denied|access_denied_invalid_key");
    assertThat(e.errors().get(1).code()).isEqualTo("key:<redacted>");
    assertThat(wireLog).isNotEmpty().noneMatch(line -> line.contains(KEY));
  }

  @Test
  void aJsonEscapedKeyInADigiCertMessageIsRedactedToo() {
    String escaped = "\\u0073ecret-key\\u002D4711";
    answer(400, "{\"errors\": [{\"code\": \"bad\", \"message\": \"you sent " + escaped + "\"}]}");

    CertCentralException e =
        failureOf(() -> client.certCentral().revokeOrderCertificates(new OrderId(1), "c", false));

    assertThat(everythingPrintable(e)).noneMatch(text -> text.contains(KEY));
    assertThat(e.getMessage()).contains("you sent <redacted>");
  }

  @Test
  void aRawExcerptThatQuotesTheKeyIsRedactedEvenWhereTheExcerptIsCut() {
    // The key straddles the excerpt's end: cutting first and redacting after would leave its start.
    String body = "x".repeat(Excerpt.MAX_CHARS - 5) + KEY + " and again " + KEY;
    answer(502, body);
    answer(200, "<html>proxy echo: X-DC-DEVKEY: " + KEY + "</html>");

    CertCentralException gateway = failureOf(() -> client.certCentral().listRequests());
    CertCentralException proxy = failureOf(() -> client.certCentral().listRequests());

    assertThat(everythingPrintable(gateway)).noneMatch(text -> text.contains(KEY.substring(0, 5)));
    assertThat(proxy).isInstanceOf(UnexpectedResponseException.class);
    assertThat(((UnexpectedResponseException) proxy).bodyExcerpt())
        .contains("X-DC-DEVKEY: <redacted>");
    assertThat(everythingPrintable(proxy)).noneMatch(text -> text.contains(KEY));
    assertThat(wireLog).isNotEmpty().noneMatch(line -> line.contains(KEY));
  }

  @Test
  void aKeyEchoedWhereAnIdBelongsStaysOutOfTheMessageAndItsCauses() {
    answer(
        200,
        "{\"id\": \""
            + KEY
            + "\", \"date\": \"2030-01-01T00:00:00+00:00\", \"type\": \"revoke\", \"status\":"
            + " \"pending\"}");
    answer(200, "{\"requests\": [{\"id\": 1, \"date\": \"" + KEY + "\"}]}");
    answer(200, "{\"page\": {\"total\": \"" + KEY + "\"}}");

    List<CertCentralException> failures =
        List.of(
            failureOf(() -> client.certCentral().getRequest(new RequestId(9))),
            failureOf(() -> client.certCentral().listRequests()),
            failureOf(() -> client.certCentral().listOrders(OrderQuery.all())));

    for (CertCentralException e : failures) {
      assertThat(e).isInstanceOf(UnexpectedResponseException.class);
      assertThat(everythingPrintable(e)).noneMatch(text -> text.contains(KEY));
    }
  }

  @Test
  void theKeyIsFoundVerbatimAndWrittenWithJsonOrUrlEscapes() {
    KeyRedaction redaction = new KeyRedaction("a/b-C9");

    assertThat(redaction.redact("key a/b-C9 here")).isEqualTo("key <redacted> here");
    assertThat(redaction.redact("a\\/b-C9")).isEqualTo("<redacted>");
    assertThat(redaction.redact("\\u0061\\u002fb\\u002DC\\u0039")).isEqualTo("<redacted>");
    assertThat(redaction.redact("a%2Fb%2dC9 and a%2fb-C9")).isEqualTo("<redacted> and <redacted>");
    assertThat(redaction.redact("A/B-c9 a/b-C a/b C9")).isEqualTo("A/B-c9 a/b-C a/b C9");
  }

  @Test
  void aFailureThatDoesNotMentionTheKeyIsKeptAsItIs() {
    KeyRedaction redaction = new KeyRedaction(KEY);
    IllegalStateException plain = new IllegalStateException("nothing secret");

    assertThat(redaction.scrub(plain)).isSameAs(plain);
    assertThat(redaction.scrub(null)).isNull();
  }

  @Test
  void aFailureChainThatMentionsTheKeyIsCopiedRedactedWithItsStacks() {
    KeyRedaction redaction = new KeyRedaction(KEY);
    IllegalArgumentException inner = new IllegalArgumentException("Expected a long but was " + KEY);
    IllegalStateException outer = new IllegalStateException("reading failed", inner);

    Throwable scrubbed = redaction.scrub(outer);

    assertThat(scrubbed).isNotSameAs(outer);
    assertThat(scrubbed.getMessage()).isEqualTo("java.lang.IllegalStateException: reading failed");
    assertThat(scrubbed.getStackTrace()).isEqualTo(outer.getStackTrace());
    assertThat(scrubbed.getCause().getMessage())
        .isEqualTo("java.lang.IllegalArgumentException: Expected a long but was <redacted>");
    assertThat(scrubbed.getCause().getStackTrace()).isEqualTo(inner.getStackTrace());
    assertThat(scrubbed.getCause().getCause()).isNull();
  }

  @Test
  void anExcerptIsCutAfterItsMaximumAndShowsControlCharactersAsSpaces() {
    KeyRedaction redaction = new KeyRedaction(KEY);
    String exact = "y".repeat(Excerpt.MAX_CHARS);

    assertThat(Excerpt.of(exact, redaction)).isEqualTo(exact);
    assertThat(Excerpt.of(exact + "z", redaction)).isEqualTo(exact + "…");
    assertThat(Excerpt.of("a\nb\tc\u0000d", redaction)).isEqualTo("a b c d");
  }
}
