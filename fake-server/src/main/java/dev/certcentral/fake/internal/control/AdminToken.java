package dev.certcentral.fake.internal.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret the control API asks for in {@link #HEADER} when the fake is bound beyond loopback (or
 * was given one): whoever can reach the fake could otherwise add keys and reset it.
 */
public final class AdminToken {

  /** The header a control client sends the token in. */
  public static final String HEADER = "X-Fake-Admin-Token";

  /** The longest token accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private AdminToken(String value) {
    this.value = value;
  }

  /** A given token; it must not be blank. */
  public static AdminToken of(String value) {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("an admin token must be 1.." + MAX_LENGTH + " characters");
    }
    return new AdminToken(value);
  }

  /** A new random token: 32 URL-safe characters, 192 bits. */
  public static AdminToken generate() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return new AdminToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The token itself, to hand to a control client. */
  public String value() {
    return value;
  }

  /** Whether a presented header value is this token, compared in constant time. */
  public boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "AdminToken{…(" + value.length() + " chars)}";
  }
}
