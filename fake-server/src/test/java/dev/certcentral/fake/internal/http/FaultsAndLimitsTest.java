package dev.certcentral.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CallRateLimit;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Fault;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.HttpMethod;
import dev.certcentral.fake.RecordedCall;
import dev.certcentral.fake.internal.state.SimulatedClock;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fault injection, the bounded journal and DigiCert's rate limits. */
class FaultsAndLimitsTest {

  @ParameterizedTest(name = "after handling: {0}")
  @CsvSource({"false, 0", "true, 1"})
  void aDroppedConnectionLosesTheAnswerAndChangesStateOnlyAfterHandling(
      boolean afterHandling, int requestsAfterwards) {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      OrderId id = fake.givenOrder(OrderStatus.ISSUED);
      Fault drop = Fault.drop().on(HttpMethod.PUT, "/order/certificate").times(1);
      fake.inject(afterHandling ? drop.afterHandling() : drop);
      Http http = Http.of(fake);

      assertThatThrownBy(
              () ->
                  http.put(
                      "/order/certificate/" + id + "/revoke",
                      fake.apiKey(),
                      "{\"comments\": \"c\"}"))
          .isInstanceOf(UncheckedIOException.class);

      assertThat(fake.certCentral().listRequests()).hasSize(requestsAfterwards);
      // Recorded before the connection closed: there as soon as the client saw it close.
      assertThat(fake.journal()).hasSize(1);
      RecordedCall dropped = fake.journal().get(0);
      assertThat(dropped.status()).as("what the client got").isEqualTo(RecordedCall.NO_ANSWER);
      assertThat(dropped.answered()).isFalse();
      assertThat(Http.of(fake).admin("GET", "/journal", null).body())
          .contains("\"status\":0,")
          .contains("\"connection_dropped\":true");
    }
  }

  @Test
  void aStatusFaultAppliesToTheNextCallsOnlyAndMatchesMethodAndPath() {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      fake.inject(Fault.status(429).on(HttpMethod.GET, "/request").times(2));
      Http http = Http.of(fake);

      assertThat(http.get("/order/certificate", fake.apiKey()).status()).isEqualTo(200);
      Http.Response limited = http.get("/request", fake.apiKey());
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.errorCode()).isEqualTo("request_limit_exceeded");
      assertThat(http.get("/request", fake.apiKey()).status()).isEqualTo(429);
      assertThat(http.get("/request", fake.apiKey()).status()).isEqualTo(200);
    }
  }

  @ParameterizedTest(name = "{0} orders")
  @CsvSource({"1", "40"})
  void anAfterHandlingStatusFaultReplacesTheWholeAnswerSmallOrLarge(int orders) {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      for (int i = 0; i < orders; i++) {
        fake.givenOrder(OrderStatus.ISSUED);
      }
      Http http = Http.of(fake);
      assertThat(http.get("/order/certificate", fake.apiKey()).body().length())
          .as("the answer the fault replaces")
          .isGreaterThan(orders * 300);
      fake.inject(
          Fault.status(503).on(HttpMethod.GET, "/order/certificate").afterHandling().times(1));

      Http.Response replaced = http.get("/order/certificate", fake.apiKey());

      assertThat(replaced.status()).isEqualTo(503);
      assertThat(replaced.json()).containsOnlyKeys("errors");
      assertThat(http.get("/order/certificate", fake.apiKey()).json()).containsKey("orders");
    }
  }

  @Test
  void probabilisticFaultsRepeatWithTheSameSeed() {
    assertThat(runWithSeed(7)).isEqualTo(runWithSeed(7));
    assertThat(runWithSeed(7)).contains(503).contains(200);
  }

  private static List<Integer> runWithSeed(long seed) {
    try (FakeCertCentral fake = FakeCertCentral.start()) {
      fake.inject(Fault.status(503).on(HttpMethod.GET).probability(0.5).seed(seed));
      Http http = Http.of(fake);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        statuses.add(http.get("/request", fake.apiKey()).status());
      }
      return statuses;
    }
  }

  @Test
  void theJournalKeepsOnlyTheLastEntries() {
    try (FakeCertCentral fake = FakeCertCentral.builder().journalCapacity(5).start()) {
      Http http = Http.of(fake);
      for (int i = 1; i <= 12; i++) {
        http.get("/request/" + i, fake.apiKey());
      }

      List<RecordedCall> entries = fake.journal();

      assertThat(Http.of(fake).admin("GET", "/journal", null).json()).containsEntry("total", 12.0);
      assertThat(entries).hasSize(5);
      assertThat(entries)
          .extracting(RecordedCall::path)
          .containsExactly(
              "/services/v2/request/8",
              "/services/v2/request/9",
              "/services/v2/request/10",
              "/services/v2/request/11",
              "/services/v2/request/12");
    }
  }

  @Test
  void rateLimitsFollowTheSimulatedClock() {
    try (FakeCertCentral fake = FakeCertCentral.builder().rateLimits(true).start()) {
      fake.setClock(Instant.parse("2030-01-01T00:00:00Z"));
      Http http = Http.of(fake);
      for (int i = 0; i < CallRateLimit.SHORT_LIMIT; i++) {
        assertThat(http.get("/request", fake.apiKey()).status()).isEqualTo(200);
      }

      Http.Response limited = http.get("/request", fake.apiKey());
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.errorCode()).isEqualTo("request_limit_exceeded");

      fake.advanceClock(CallRateLimit.SHORT_WINDOW.plusSeconds(1));
      assertThat(http.get("/request", fake.apiKey()).status()).isEqualTo(200);
    }
  }

  @Test
  void theLongWindowLimitsTooAndKeysAreCountedApart() {
    java.time.Clock fixed =
        java.time.Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
    SimulatedClock clock = new SimulatedClock(fixed);
    RateLimiter limiter = new RateLimiter(clock);
    for (int i = 0; i < CallRateLimit.LONG_LIMIT; i++) {
      if (i % CallRateLimit.SHORT_LIMIT == 0) {
        clock.advance(CallRateLimit.SHORT_WINDOW);
      }
      assertThat(limiter.tryAcquire("a")).isTrue();
    }
    clock.advance(CallRateLimit.SHORT_WINDOW);

    assertThat(limiter.tryAcquire("a")).isFalse();
    assertThat(limiter.tryAcquire("b")).isTrue();
    clock.advance(CallRateLimit.LONG_WINDOW);
    assertThat(limiter.tryAcquire("a")).isTrue();
  }
}
