package dev.certcentral.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.RawHttp;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Jetty refuses before any route runs (oversized headers, overlong URIs, bad encodings,
 * requests its parser cannot read) is answered in DigiCert's JSON error format with a 4xx, like
 * everything else.
 */
class JettyRefusalsTest {

  private static final String HOST = "Host: 127.0.0.1\r\nX-DC-DEVKEY: test-api-key\r\n";

  private static FakeCertCentral fake;

  // Both engines run this class: JUnit the examples, jqwik the property.
  @BeforeAll
  @BeforeContainer
  static void start() {
    fake = FakeCertCentral.start();
  }

  @AfterAll
  @AfterContainer
  static void stop() {
    fake.close();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "header too large",
            "GET /services/v2/request HTTP/1.1\r\n"
                + HOST
                + "X-Big: "
                + "a".repeat(20_000)
                + "\r\n\r\n",
            431),
        Arguments.of(
            "URI too long",
            "GET /services/v2/" + "a".repeat(20_000) + " HTTP/1.1\r\n" + HOST + "\r\n",
            414),
        Arguments.of(
            "bad percent-encoding", "GET /services/v2/%zz HTTP/1.1\r\n" + HOST + "\r\n", 400),
        Arguments.of(
            "bad UTF-8 in the path", "GET /services/v2/%c3%28 HTTP/1.1\r\n" + HOST + "\r\n", 400),
        Arguments.of("no Host", "GET /services/v2/request HTTP/1.1\r\n\r\n", 400),
        Arguments.of(
            "two Hosts", "GET /services/v2/request HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        Arguments.of("bad method", "G@T /services/v2/request HTTP/1.1\r\n" + HOST + "\r\n", 400),
        Arguments.of(
            "bad header line",
            "GET /services/v2/request HTTP/1.1\r\n" + HOST + "Bad Header\r\n\r\n",
            400),
        Arguments.of(
            "bad Content-Length",
            "PUT /services/v2/request/1/status HTTP/1.1\r\n" + HOST + "Content-Length: abc\r\n\r\n",
            400),
        Arguments.of(
            "Content-Length with chunked",
            "PUT /services/v2/request/1/status HTTP/1.1\r\n"
                + HOST
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            400),
        Arguments.of(
            "unknown HTTP version", "GET /services/v2/request HTTP/9.9\r\n" + HOST + "\r\n", 400),
        Arguments.of("asterisk target", "GET * HTTP/1.1\r\n" + HOST + "\r\n", 400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void jettysRefusalsAnswerInDigiCertsFormat(String what, String request, int status) {
    RawHttp.Answer answer = RawHttp.exchange(fake.port(), request);

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.header("content-type")).startsWith("application/json");
    assertThat(answer.errorCode()).isEqualTo("bad_request_format");
    assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception");
  }

  @Property(tries = 150)
  void anyRequestLineGetsA4xxInDigiCertsFormatOrA2xx(
      @ForAll("methods") String method,
      @ForAll("targets") String target,
      @ForAll("versions") String version) {
    RawHttp.Answer answer =
        RawHttp.exchange(
            fake.port(), method + " " + target + " " + version + "\r\n" + HOST + "\r\n");

    assertThat(answer.status()).isBetween(200, 499);
    // A HEAD answer carries the headers of the error, never its body.
    if (answer.status() >= 400 && !"HEAD".equals(method)) {
      assertThat(answer.header("content-type")).startsWith("application/json");
      assertThat(answer.errorCode()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.oneOf(
        Arbitraries.of("GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "TRACE", "PATCH"),
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(8));
  }

  @Provide
  Arbitrary<String> targets() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('!', '~').ofMaxLength(12),
            Arbitraries.of("%zz", "%c3%28", "%00", "%2F", "..", "%2e%2e", "%ff", ";a=b", "?x=%zz"));
    return Arbitraries.oneOf(
        segment.map(s -> "/services/v2/" + s),
        segment.map(s -> "/__fake/" + s),
        segment,
        Arbitraries.just("*"));
  }

  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.of(
        "HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/9.9", "HTTP/1.1x", "HTTP/", "http/1.1");
  }
}
