package dev.certcentral.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads CertCentral's timestamps. Its one format, {@code 2018-10-16T20:05:28+00:00}, is read
 * directly (the general ISO parser allocates a few kilobytes per value and showed up in the
 * client's per-call cost); anything else goes through {@link OffsetDateTime#parse}.
 *
 * <p>Which parser reads a text depends only on its length and the offset sign at index 19. The
 * direct parser then reads every character strictly, with the same range checks as the ISO parser
 * ({@link LocalDateTime#of}, {@link ZoneOffset#ofHoursMinutes}): it either agrees with the ISO
 * parser or refuses what the ISO parser refuses too. (No ISO form other than CertCentral's has 25
 * characters and a sign at index 19.)
 */
final class Timestamps {

  private static final int LENGTH = "2018-10-16T20:05:28+00:00".length();
  private static final int OFFSET_SIGN = 19;

  private Timestamps() {}

  static Instant parse(String text) {
    if (text.length() != LENGTH || !isSign(text.charAt(OFFSET_SIGN))) {
      return OffsetDateTime.parse(text).toInstant();
    }
    expect(text, 4, '-');
    expect(text, 7, '-');
    if (Character.toUpperCase(text.charAt(10)) != 'T') {
      throw refused(text, 10);
    }
    expect(text, 13, ':');
    expect(text, 16, ':');
    expect(text, 22, ':');
    LocalDateTime local =
        LocalDateTime.of(
            digits(text, 0, 4),
            digits(text, 5, 2),
            digits(text, 8, 2),
            digits(text, 11, 2),
            digits(text, 14, 2),
            digits(text, 17, 2));
    int sign = text.charAt(OFFSET_SIGN) == '-' ? -1 : 1;
    ZoneOffset offset =
        ZoneOffset.ofHoursMinutes(sign * digits(text, 20, 2), sign * digits(text, 23, 2));
    return local.toInstant(offset);
  }

  private static boolean isSign(char c) {
    return c == '+' || c == '-';
  }

  private static void expect(String text, int index, char expected) {
    if (text.charAt(index) != expected) {
      throw refused(text, index);
    }
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw refused(text, i);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static DateTimeException refused(String text, int index) {
    return new DateTimeParseException("not an ISO 8601 timestamp with offset", text, index);
  }
}
