package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @Property
  void theFastPathAgreesWithTheIsoParser(
      @ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
      @ForAll @LongRange(min = -12, max = 14) long offsetHours) {
    OffsetDateTime time =
        OffsetDateTime.ofInstant(
            java.time.Instant.ofEpochSecond(epochSecond),
            java.time.ZoneOffset.ofHours((int) offsetHours));
    String text =
        time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));

    assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @Test
  void otherIsoFormsStillParse() {
    assertThat(Timestamps.parse("2018-10-16T20:05:28.123Z"))
        .isEqualTo(OffsetDateTime.parse("2018-10-16T20:05:28.123Z").toInstant());
    assertThat(Timestamps.parse("2018-10-16T20:05:28Z").getEpochSecond()).isEqualTo(1539720328L);
  }

  @Test
  void impossibleValuesAreRefused() {
    assertThatThrownBy(() -> Timestamps.parse("2018-13-16T20:05:28+00:00"))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Timestamps.parse("2018-10-16 20:05:28+00:00"))
        .isInstanceOf(DateTimeException.class);
  }
}
