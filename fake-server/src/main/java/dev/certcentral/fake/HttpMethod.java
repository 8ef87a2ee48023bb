package dev.certcentral.fake;

import java.util.Locale;
import java.util.Optional;

/** The HTTP method a {@link Fault} or a journal check matches; {@link #ANY} matches every one. */
public enum HttpMethod {
  /** Matches every method. */
  ANY,
  /** {@code GET}. */
  GET,
  /** {@code HEAD}. */
  HEAD,
  /** {@code POST}. */
  POST,
  /** {@code PUT}. */
  PUT,
  /** {@code DELETE}. */
  DELETE,
  /** {@code PATCH}. */
  PATCH,
  /** {@code OPTIONS}. */
  OPTIONS;

  /** Whether a call made with {@code method} (as its request line says it) matches this one. */
  public boolean matches(String method) {
    return this == ANY || name().equalsIgnoreCase(method);
  }

  /** The method with this name, without case; {@code *} is {@link #ANY}. */
  public static Optional<HttpMethod> fromValue(String value) {
    if ("*".equals(value)) {
      return Optional.of(ANY);
    }
    for (HttpMethod method : values()) {
      if (method != ANY && method.name().equals(value.toUpperCase(Locale.ROOT))) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /** The name on the wire: the method's name, or {@code *} for {@link #ANY}. */
  public String value() {
    return this == ANY ? "*" : name();
  }
}
