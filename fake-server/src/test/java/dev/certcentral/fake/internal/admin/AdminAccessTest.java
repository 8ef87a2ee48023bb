package dev.certcentral.fake.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Fault;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.HttpMethod;
import dev.certcentral.fake.Internals;
import dev.certcentral.fake.RawHttp;
import dev.certcentral.fake.RecordedCall;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may drive the control API: a token when the fake is bound beyond loopback, JSON-only writes
 * so a web page cannot post to it, and no method overrides.
 */
class AdminAccessTest {

  @Test
  void aFakeBoundBeyondLoopbackRequiresItsGeneratedToken() {
    try (FakeCertCentral fake = FakeCertCentral.builder().host("0.0.0.0").start()) {
      String token = fake.adminToken().orElseThrow();
      Http withoutToken = new Http("http://127.0.0.1:" + fake.port(), Optional.empty());

      Http.Response refused = withoutToken.admin("POST", "/api-keys", "{\"key\": \"intruder\"}");
      Http.Response wrong =
          new Http("http://127.0.0.1:" + fake.port(), Optional.of(token + "x"))
              .admin("GET", "/state", null);

      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.errorCode()).isEqualTo("access_denied|access_denied_invalid_key");
      assertThat(wrong.status()).isEqualTo(403);
      assertThat(Internals.state(fake).keys().find("intruder")).isEmpty();
      assertThat(Http.of(fake).admin("POST", "/api-keys", "{\"key\": \"invited\"}").status())
          .isEqualTo(201);
      assertThat(token).hasSizeGreaterThanOrEqualTo(32);
      assertThat(fake.listenUrl()).startsWith("http://0.0.0.0:" + fake.port());
    }
  }

  @Test
  void aGivenTokenIsRequiredOnLoopbackToo() {
    try (FakeCertCentral fake = FakeCertCentral.builder().adminToken("s3cret-token").start()) {
      assertThat(fake.adminToken()).contains("s3cret-token");
      assertThat(
              new Http("http://127.0.0.1:" + fake.port()).admin("GET", "/journal", null).status())
          .isEqualTo(403);
      assertThat(Http.of(fake).admin("GET", "/journal", null).status()).isEqualTo(200);
    }
  }

  @Test
  void aLoopbackFakeNeedsNoTokenAndListensWhereItSays() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      assertThat(fake.adminToken()).isEmpty();
      assertThat(Http.of(fake).admin("GET", "/state", null).status()).isEqualTo(200);
      assertThat(fake.listenUrl()).isEqualTo("http://127.0.0.1:" + fake.port());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""})
  void adminWritesAcceptOnlyJsonSoNoPageCanPostThem(String contentType) {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      fake.givenOrder(OrderStatus.ISSUED);
      Http http = Http.of(fake);
      Map<String, String> headers =
          contentType.isEmpty() ? Map.of() : Map.of("Content-Type", contentType);

      Http.Response addKey =
          http.send(
              "POST",
              "/__fake/api-keys",
              headers,
              "{\"key\": \"planted\"}".getBytes(StandardCharsets.UTF_8));
      Http.Response reset = http.send("POST", "/__fake/reset", headers, null);

      assertThat(addKey.status()).isEqualTo(415);
      assertThat(addKey.errorCode()).isEqualTo("bad_request_format");
      assertThat(reset.status()).isEqualTo(415);
      assertThat(Internals.state(fake).keys().find("planted")).isEmpty();
      assertThat(fake.state().orderCount(FakeCertCentral.DEFAULT_ACCOUNT)).isEqualTo(1);
      assertThat(
              http.send(
                      "POST",
                      "/__fake/reset",
                      Map.of("Content-Type", "application/json; charset=utf-8"),
                      null)
                  .status())
          .isEqualTo(204);
    }
  }

  @Test
  void methodOverridesAreIgnoredAndTheJournalRecordsTheRealMethod() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      fake.inject(Fault.status(503).on(HttpMethod.GET, "/request").times(5));
      Http http = Http.of(fake);

      Http.Response getAsDelete =
          http.send("GET", "/__fake/faults", Map.of("X-HTTP-Method-Override", "DELETE"), null);
      Http.Response getAsPost =
          http.send("GET", "/__fake/reset", Map.of("X-HTTP-Method-Override", "POST"), null);
      Http.Response queryOverride =
          http.send("GET", "/__fake/faults?_method=DELETE", Map.of(), null);

      assertThat(getAsDelete.status()).isEqualTo(200);
      assertThat(getAsPost.status()).isEqualTo(404);
      assertThat(queryOverride.status()).isEqualTo(200);
      assertThat(fake.faults()).hasSize(1);
      assertThat(fake.journal())
          .extracting(RecordedCall::method)
          .containsExactly("GET", "GET", "GET");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"evil.example", "evil.example:8080", "127.0.0.1.nip.io", "localhost.evil.example"})
  void foreignHostNamesAreRefusedOnEveryRoute(String host) {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      fake.givenOrder(OrderStatus.ISSUED);

      RawHttp.Answer reset =
          RawHttp.exchange(
              fake.port(),
              "POST /__fake/reset HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n");
      RawHttp.Answer api =
          RawHttp.exchange(
              fake.port(),
              "GET /services/v2/order/certificate HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nX-DC-DEVKEY: "
                  + fake.apiKey()
                  + "\r\n\r\n");

      assertThat(List.of(reset.status(), api.status())).containsOnly(403);
      assertThat(reset.errorCode()).isEqualTo("access_denied|host_not_allowed");
      assertThat(api.body()).doesNotContain("orders");
      assertThat(fake.state().orderCount(FakeCertCentral.DEFAULT_ACCOUNT)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"127.0.0.1", "localhost", "LOCALHOST", "[::1]", "10.1.2.3", "app.localhost"})
  void loopbackNamesAndAddressLiteralsAreAccepted(String host) {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      RawHttp.Answer answer =
          RawHttp.exchange(
              fake.port(),
              "GET /__fake/health HTTP/1.1\r\nHost: " + host + ":" + fake.port() + "\r\n\r\n");

      assertThat(answer.status()).isEqualTo(200);
    }
  }

  @Test
  void namesGivenAsAllowedHostsAreAccepted() {
    try (FakeCertCentral fake = FakeCertCentral.builder().allowedHost("fake.internal").start()) {
      RawHttp.Answer answer =
          RawHttp.exchange(
              fake.port(), "GET /__fake/health HTTP/1.1\r\nHost: Fake.Internal:8080\r\n\r\n");

      assertThat(answer.status()).isEqualTo(200);
    }
  }
}
