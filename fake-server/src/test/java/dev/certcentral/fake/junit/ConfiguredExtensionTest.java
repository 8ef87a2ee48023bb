package dev.certcentral.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.CallRateLimit;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.FakeControl;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.KeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension configured through {@code @RegisterExtension}: limits, a start key, a clock. */
class ConfiguredExtensionTest {

  private static final Instant FIXED = Instant.parse("2030-01-01T00:00:00Z");

  @RegisterExtension
  static final FakeCertCentralExtension FAKE =
      FakeCertCentralExtension.of(
          FakeCertCentral.builder()
              .rateLimits(true)
              .key(KeySpec.role(KeyRole.VIEW_ONLY).value("viewer"))
              .clock(Clock.fixed(FIXED, ZoneOffset.UTC)));

  @Test
  void aStartKeyOfAnyRoleIsThereAndSurvivesTheResetBeforeEachTest(FakeCertCentral fake) {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);
    Http http = Http.of(fake);

    assertThat(http.get("/order/certificate/" + id, "viewer").status()).isEqualTo(200);
    assertThat(
            http.put(
                    "/order/certificate/" + id + "/status",
                    "viewer",
                    "{\"status\": \"canceled\", \"note\": \"n\"}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void timeStandsStillOnAFixedClockUntilMoved(FakeControl fake) {
    assertThat(fake.now()).isEqualTo(FIXED);
    fake.advanceClock(java.time.Duration.ofHours(1));
    assertThat(fake.now()).isEqualTo(FIXED.plusSeconds(3600));
  }

  @Test
  void everyTestStartsAtTheFixedInstant(FakeControl fake) {
    assertThat(fake.now()).isEqualTo(FIXED);
  }

  @Test
  void rateLimitsAreOn(FakeCertCentral fake) {
    Http http = Http.of(fake);
    for (int i = 0; i < CallRateLimit.SHORT_LIMIT; i++) {
      assertThat(http.get("/request", fake.apiKey()).status()).isEqualTo(200);
    }

    Http.Response limited = http.get("/request", fake.apiKey());

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorCode()).isEqualTo("request_limit_exceeded");
  }
}
