package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;

/** Parsing shared by the id types, so a bad path segment is always the same typed error. */
final class PositiveIds {

  private static final int MAX_DIGITS = 18;

  private PositiveIds() {}

  static long parse(String name, String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_DIGITS) {
      throw InvalidRequestException.invalidParameter(name, "must be a positive integer");
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw InvalidRequestException.invalidParameter(name, "must be a positive integer");
      }
      value = value * 10 + (c - '0');
    }
    if (value == 0) {
      throw InvalidRequestException.invalidParameter(name, "must be a positive integer");
    }
    return value;
  }
}
