package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  private static final DateTimeFormatter DIGICERT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private static String digiCertText(long epochSecond, int offsetMinutes) {
    return OffsetDateTime.ofInstant(
            Instant.ofEpochSecond(epochSecond), ZoneOffset.ofTotalSeconds(offsetMinutes * 60))
        .format(DIGICERT);
  }

  /** The instant, or empty when the parser refuses the text with a DateTimeException. */
  private static Optional<Instant> outcome(Supplier<Instant> parser) {
    try {
      return Optional.of(parser.get());
    } catch (DateTimeException refused) {
      return Optional.empty();
    }
  }

  @Property
  void theFastPathAgreesWithTheIsoParser(
      @ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
      @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes) {
    String text = digiCertText(epochSecond, offsetMinutes);

    assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  /** One character replaced, dropped or added: both parsers refuse it, or both read the same. */
  @Property(tries = 2000)
  void aDamagedTimestampIsReadExactlyAsTheIsoParserReadsIt(@ForAll("damaged") String text) {
    assertThat(outcome(() -> Timestamps.parse(text)))
        .as(text)
        .isEqualTo(outcome(() -> OffsetDateTime.parse(text).toInstant()));
  }

  @Provide
  Arbitrary<String> damaged() {
    Arbitrary<String> valid =
        Combinators.combine(
                Arbitraries.longs().between(0, 4_102_444_800L),
                Arbitraries.integers().between(-18 * 60, 18 * 60))
            .as(TimestampsTest::digiCertText);
    Arbitrary<Character> replacement =
        Arbitraries.oneOf(
            Arbitraries.of(
                '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', ':', 'T', 't', 'Z', '.',
                ' ', '/'),
            Arbitraries.chars());
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 24);
    return Combinators.combine(valid, index, replacement, Arbitraries.integers().between(0, 3))
        .as(
            (text, at, c, how) -> {
              switch (how) {
                case 0:
                  return text;
                case 1:
                  return text.substring(0, at) + c + text.substring(at + 1);
                case 2:
                  return text.substring(0, at) + text.substring(at + 1);
                default:
                  return text.substring(0, at) + c + text.substring(at);
              }
            });
  }

  @Test
  void nonUtcAndNegativeOffsetsMoveTheInstant() {
    assertThat(Timestamps.parse("2018-10-16T20:05:28+05:30"))
        .isEqualTo(Instant.parse("2018-10-16T14:35:28Z"));
    assertThat(Timestamps.parse("2018-10-16T20:05:28-07:45"))
        .isEqualTo(Instant.parse("2018-10-17T03:50:28Z"));
    assertThat(Timestamps.parse("2018-10-16T20:05:28-00:00"))
        .isEqualTo(Instant.parse("2018-10-16T20:05:28Z"));
    assertThat(Timestamps.parse("2018-10-16t23:59:59+18:00"))
        .isEqualTo(Instant.parse("2018-10-16T05:59:59Z"));
  }

  @Test
  void otherIsoFormsStillParse() {
    assertThat(Timestamps.parse("2018-10-16T20:05:28.123Z"))
        .isEqualTo(OffsetDateTime.parse("2018-10-16T20:05:28.123Z").toInstant());
    assertThat(Timestamps.parse("2018-10-16T20:05:28Z").getEpochSecond()).isEqualTo(1539720328L);
    assertThat(Timestamps.parse("2018-10-16T20:05:28.1234Z"))
        .isEqualTo(Instant.parse("2018-10-16T20:05:28.1234Z"));
    assertThat(Timestamps.parse("2018-10-16T20:05:28+01:00:30"))
        .isEqualTo(Instant.parse("2018-10-16T19:04:58Z"));
  }

  @Test
  void impossibleValuesAreRefused() {
    for (String text :
        new String[] {
          "2018-13-16T20:05:28+00:00",
          "2018-10-16 20:05:28+00:00",
          "2018-10-16T20:05:28+00:60",
          "2018-10-16T20:05:28+19:00",
          "2018-10-16T24:05:28+00:00",
          "2018-02-29T20:05:28+00:00",
          "2018-10-16T20:05:28*00:00",
          "2018-10-16T20:05:2a+00:00",
          "2018/10-16T20:05:28+00:00",
          "2018-10/16T20:05:28+00:00",
          "2018-10-16T20/05:28+00:00",
          "2018-10-16T20:05/28+00:00",
          "2018-10-16T20:05:28+00/00"
        }) {
      assertThatThrownBy(() -> Timestamps.parse(text))
          .as(text)
          .isInstanceOf(DateTimeException.class);
    }
  }
}
