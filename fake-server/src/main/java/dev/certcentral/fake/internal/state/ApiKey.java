package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.User;
import dev.certcentral.fake.KeyRole;
import java.util.Objects;

/**
 * An API key the fake accepts, with the account it belongs to and the user acting through it.
 *
 * @param value the key itself; never printed by {@link #toString()}
 * @param accountId the account whose orders and requests the key sees
 * @param role what the key may do
 * @param user the user recorded as requester or reviewer of what the key does
 */
public record ApiKey(String value, long accountId, KeyRole role, User user) {

  /** Validates the parts. */
  public ApiKey {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(user, "user");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an API key must not be blank");
    }
    if (accountId <= 0) {
      throw new IllegalArgumentException("accountId must be positive");
    }
  }

  /** The first characters of the key and a count, enough to tell keys apart in a dump. */
  public String hint() {
    return value.substring(0, Math.min(4, value.length())) + "…(" + value.length() + " chars)";
  }

  @Override
  public String toString() {
    return "ApiKey{" + hint() + ", account=" + accountId + ", role=" + role.value() + "}";
  }
}
