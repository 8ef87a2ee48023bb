package dev.certcentral.fake;

import java.util.Optional;

/** What the user behind an API key may do in the fake, after CertCentral's user roles. */
public enum KeyRole {
  /** Everything, including deciding requests and {@code skip_approval}. */
  ADMINISTRATOR("administrator"),
  /** Reads, cancels and revoke requests; cannot decide requests. */
  USER("user"),
  /** Reads only: every write is {@code access_denied|missing_permission}. */
  VIEW_ONLY("view_only");

  private final String value;

  KeyRole(String value) {
    this.value = value;
  }

  /** The role's name in the control API. */
  public String value() {
    return value;
  }

  /** Finds the role with this name, exactly. */
  public static Optional<KeyRole> fromValue(String value) {
    for (KeyRole role : values()) {
      if (role.value.equals(value)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
