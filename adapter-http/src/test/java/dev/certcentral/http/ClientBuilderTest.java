package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

  @Test
  void aMissingKeyIsNamedWithTheWayToFixIt() {
    assertThatThrownBy(() -> CertCentralClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("API key is required")
        .hasMessageContaining("DIGICERT_API_KEY");
  }

  @Test
  void everyProblemIsReportedAtOnceWithoutTheKey() {
    assertThatThrownBy(
            () ->
                CertCentralClient.builder()
                    .apiKey("has space")
                    .baseUrl("ftp://example.com")
                    .attemptTimeout(Duration.ZERO)
                    .connectTimeout(Duration.ofSeconds(-1))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("characters a header cannot carry")
        .hasMessageContaining("absolute http(s) URL")
        .hasMessageContaining("attemptTimeout")
        .hasMessageContaining("connectTimeout")
        .hasMessageNotContaining("has space");
  }

  @Test
  void regionsAndUrlsSetTheBaseUrl() {
    try (CertCentralClient eu = CertCentralClient.builder().apiKey("k").region(Region.EU).build();
        CertCentralClient fake =
            CertCentralClient.builder()
                .apiKey("k")
                .baseUrl("http://127.0.0.1:9/services/v2")
                .build();
        CertCentralClient us = CertCentralClient.builder().apiKey("k").build()) {
      assertThat(eu.baseUrl()).isEqualTo("https://certcentral.digicert.eu/services/v2/");
      assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:9/services/v2/");
      assertThat(us.baseUrl()).isEqualTo(Region.US.baseUrl());
    }
    assertThatThrownBy(() -> CertCentralClient.builder().apiKey("k").baseUrl("not a url").build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theEnvironmentSuppliesKeyAndUrl() {
    try (CertCentralClient client =
        CertCentralClient.builder()
            .fromEnvironment(
                Map.of(
                    "DIGICERT_API_KEY", " env-key ", "DIGICERT_BASE_URL", "http://localhost:1/v2"))
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("http://localhost:1/v2/");
      assertThat(client.toString()).doesNotContain("env-key").contains("<redacted>");
    }
    assertThatThrownBy(() -> CertCentralClient.builder().fromEnvironment(Map.of()).build())
        .hasMessageContaining("API key is required");
  }

  @Test
  void plainHttpToAHostBeyondLoopbackIsRefusedWithTheWayOut() {
    for (String url :
        List.of(
            "http://www.digicert.com/services/v2",
            "http://10.1.2.3/services/v2",
            "http://128.0.0.1/services/v2",
            "http://127.0.0.1.nip.io/services/v2",
            "http://localhost.example.com/services/v2",
            "http://[2001:db8::1]/services/v2",
            "http://[::ffff:10.1.2.3]/services/v2",
            "http://127.1/services/v2",
            "http://2130706433/services/v2",
            "HTTP://fake.internal:8080/services/v2")) {
      assertThatThrownBy(() -> CertCentralClient.builder().apiKey("k").baseUrl(url).build())
          .as(url)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("clear text")
          .hasMessageContaining("allowInsecurePlainHttpToNonLoopbackHost()");
    }
    assertThatThrownBy(
            () ->
                CertCentralClient.builder()
                    .fromEnvironment(
                        Map.of("DIGICERT_API_KEY", "k", "DIGICERT_BASE_URL", "http://10.0.0.7/v2"))
                    .build())
        .hasMessageContaining("clear text");
  }

  @Test
  void plainHttpToLoopbackAndHttpsAnywhereNeedNoOptIn() {
    List<String> warnings = new ArrayList<>();
    for (String url :
        List.of(
            "http://127.0.0.1:9/services/v2",
            "http://127.255.255.254/services/v2",
            "http://localhost:1/services/v2",
            "http://LocalHost/services/v2",
            "http://[::1]:9/services/v2",
            "http://[0:0:0:0:0:0:0:1]/services/v2",
            "https://10.1.2.3/services/v2",
            "https://certcentral.example/services/v2")) {
      CertCentralClient.builder()
          .apiKey("k")
          .baseUrl(url)
          .warningSink(warnings::add)
          .build()
          .close();
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void theOptInAllowsPlainHttpAndWarnsOnceWithoutTheKey() {
    List<String> warnings = new ArrayList<>();
    try (CertCentralClient client =
        CertCentralClient.builder()
            .apiKey("remote-fake-key")
            .baseUrl("http://fake.internal:8080/services/v2")
            .allowInsecurePlainHttpToNonLoopbackHost()
            .warningSink(warnings::add)
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("http://fake.internal:8080/services/v2/");
    }
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .contains("fake.internal")
        .contains("clear text")
        .doesNotContain("remote-fake-key");

    warnings.clear();
    CertCentralClient.builder()
        .apiKey("k")
        .baseUrl("http://127.0.0.1:9/services/v2")
        .allowInsecurePlainHttpToNonLoopbackHost()
        .warningSink(warnings::add)
        .build()
        .close();
    assertThat(warnings).as("the opt-in was not needed, so not used").isEmpty();
  }

  @Test
  void eachNullSettingIsNamed() {
    assertThatThrownBy(
            () ->
                CertCentralClient.builder()
                    .apiKey("k")
                    .callTimeout(Duration.ZERO)
                    .retryPolicy(null)
                    .wireLogging(null)
                    .build())
        .hasMessageContaining("callTimeout must be a positive duration")
        .hasMessageContaining("retryPolicy must not be null")
        .hasMessageContaining("wireLogging must not be null")
        .hasMessageNotContaining("wireLogSink")
        .hasMessageNotContaining("clock");
    assertThatThrownBy(() -> CertCentralClient.builder().apiKey("k").wireLogSink(null).build())
        .hasMessageContaining("wireLogSink must not be null")
        .hasMessageNotContaining("callTimeout");
    assertThatThrownBy(() -> CertCentralClient.builder().apiKey("k").clock(null).build())
        .hasMessageContaining("clock and sleeper must not be null");
    assertThatThrownBy(() -> CertCentralClient.builder().apiKey("k").sleeper(null).build())
        .hasMessageContaining("clock and sleeper must not be null");
    assertThatThrownBy(() -> CertCentralClient.builder().apiKey("k").baseUrl(null).build())
        .hasMessageContaining("absolute http(s) URL");
    assertThatThrownBy(() -> CertCentralClient.builder().apiKey("k").region(null))
        .hasMessageContaining("region");
  }

  @Test
  void aKeyMayHoldEveryPrintableAsciiCharacterButNoOther() {
    CertCentralClient.builder().apiKey("!key~").build().close();
    for (String bad : List.of("key\u007f", "key\u0020", "key\u00e9", "key\t")) {
      assertThatThrownBy(() -> CertCentralClient.builder().apiKey(bad).build())
          .as(bad)
          .hasMessageContaining("characters a header cannot carry");
    }
    assertThatThrownBy(() -> CertCentralClient.builder().apiKey("   ").build())
        .hasMessageContaining("API key is required");
  }

  @Test
  void theEnvironmentIsReadIntoTheSameBuilder() {
    CertCentralClient.Builder builder = CertCentralClient.builder();

    assertThat(builder.fromEnvironment()).isSameAs(builder);
    assertThat(builder.fromEnvironment(Map.of("DIGICERT_API_KEY", " "))).isSameAs(builder);
  }

  @Test
  void closingReleasesTheClientsOwnOkHttp() {
    CertCentralClient client = CertCentralClient.builder().apiKey("k").build();

    client.close();

    assertThat(client.okHttp().dispatcher().executorService().isShutdown()).isTrue();
    assertThat(client.okHttp().followRedirects()).isFalse();
    assertThat(client.okHttp().followSslRedirects()).isFalse();
    assertThat(client.okHttp().retryOnConnectionFailure()).isFalse();
  }

  @Test
  void aSharedOkHttpClientIsLeftRunningOnClose() {
    OkHttpClient shared = new OkHttpClient();
    CertCentralClient client = CertCentralClient.builder().apiKey("k").okHttpClient(shared).build();

    client.close();

    assertThat(client.okHttp().followRedirects()).isFalse();
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    shared.dispatcher().executorService().shutdown();
  }

  @Test
  void retryPoliciesAreValidated() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ZERO, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }
}
