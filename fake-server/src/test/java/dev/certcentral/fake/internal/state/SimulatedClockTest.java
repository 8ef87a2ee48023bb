package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The fake's clock over a base that does not move, so every reading is exact. */
class SimulatedClockTest {

  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private final SimulatedClock clock = new SimulatedClock(Clock.fixed(BASE, ZoneOffset.UTC));

  @Test
  void itFollowsItsBaseUntilToldOtherwise() {
    assertThat(clock.instant()).isEqualTo(BASE);
    assertThat(clock.millis()).isEqualTo(BASE.toEpochMilli());
  }

  @Test
  void setAdvanceAndResetMoveIt() {
    Instant later = Instant.parse("2030-06-01T12:00:00Z");

    clock.set(later);
    assertThat(clock.instant()).isEqualTo(later);
    clock.advance(Duration.ofMinutes(5));
    assertThat(clock.instant()).isEqualTo(later.plusSeconds(300));
    clock.advance(Duration.ofMinutes(-10));
    assertThat(clock.instant()).isEqualTo(later.minusSeconds(300));
    clock.reset();
    assertThat(clock.instant()).isEqualTo(BASE);
  }

  @Test
  void itIsAlwaysUtc() {
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThatThrownBy(() -> clock.withZone(ZoneId.of("Europe/Paris")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theSystemClockFollowsRealTime() {
    Instant before = Instant.now();
    Instant read = SimulatedClock.system().instant();

    assertThat(read).isBetween(before, Instant.now());
  }
}
