package dev.certcentral.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads CertCentral's timestamps. Its one format, {@code 2018-10-16T20:05:28+00:00}, is read
 * directly (the general ISO parser allocates a few kilobytes per value and showed up in the
 * client's per-call cost); anything else goes through {@link OffsetDateTime#parse}.
 */
final class Timestamps {

  private static final int LENGTH = "2018-10-16T20:05:28+00:00".length();

  private Timestamps() {}

  static Instant parse(String text) {
    if (text.length() == LENGTH && matchesDigiCertShape(text)) {
      LocalDateTime local =
          LocalDateTime.of(
              digits(text, 0, 4),
              digits(text, 5, 2),
              digits(text, 8, 2),
              digits(text, 11, 2),
              digits(text, 14, 2),
              digits(text, 17, 2));
      int offsetSeconds = (digits(text, 20, 2) * 3600 + digits(text, 23, 2) * 60);
      ZoneOffset offset =
          ZoneOffset.ofTotalSeconds(text.charAt(19) == '-' ? -offsetSeconds : offsetSeconds);
      return local.toInstant(offset);
    }
    return OffsetDateTime.parse(text).toInstant();
  }

  private static boolean matchesDigiCertShape(String text) {
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      boolean ok;
      switch (i) {
        case 4:
        case 7:
          ok = c == '-';
          break;
        case 10:
          ok = c == 'T';
          break;
        case 13:
        case 16:
        case 22:
          ok = c == ':';
          break;
        case 19:
          ok = c == '+' || c == '-';
          break;
        default:
          ok = c >= '0' && c <= '9';
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
