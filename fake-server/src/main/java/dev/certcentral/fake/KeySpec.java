package dev.certcentral.fake;

import java.util.Objects;
import java.util.Optional;

/**
 * An API key for the fake to accept: its role, its account, and its value if the test wants to
 * choose it.
 *
 * <pre>{@code
 * String viewer = fake.addKey(KeySpec.role(KeyRole.VIEW_ONLY));
 * String stranger = fake.addKey(KeySpec.role(KeyRole.ADMINISTRATOR).newAccount());
 * fake.addKey(KeySpec.role(KeyRole.USER).value("ci-user-key").inAccount(7));
 * }</pre>
 *
 * <p>Immutable: each method returns a new spec. Without a value the fake makes one up; without an
 * account the key joins the default one, as orders do.
 */
public final class KeySpec {

  private final KeyRole role;
  private final Optional<String> value;
  private final Optional<Long> accountId;
  private final boolean newAccount;

  private KeySpec(KeyRole role, Optional<String> value, Optional<Long> accountId, boolean fresh) {
    this.role = role;
    this.value = value;
    this.accountId = accountId;
    this.newAccount = fresh;
  }

  /** A key with this role, on the default account, with a value the fake makes up. */
  public static KeySpec role(KeyRole role) {
    return new KeySpec(
        Objects.requireNonNull(role, "role"), Optional.empty(), Optional.empty(), false);
  }

  /** This value for the key, instead of one made up. */
  public KeySpec value(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an API key must not be blank");
    }
    return new KeySpec(role, Optional.of(value), accountId, newAccount);
  }

  /** On this account (created if nothing uses it yet). */
  public KeySpec inAccount(long accountId) {
    if (accountId <= 0) {
      throw new IllegalArgumentException("an account id must be positive");
    }
    return new KeySpec(role, value, Optional.of(accountId), false);
  }

  /** On a fresh account of its own: its calls see nothing of other tests. */
  public KeySpec newAccount() {
    return new KeySpec(role, value, Optional.empty(), true);
  }

  /** The role. */
  public KeyRole role() {
    return role;
  }

  /** The value chosen, if any. */
  public Optional<String> value() {
    return value;
  }

  /** The account chosen, if any. */
  public Optional<Long> accountId() {
    return accountId;
  }

  /** Whether the key gets a fresh account of its own. */
  public boolean isNewAccount() {
    return newAccount;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeySpec that
        && role == that.role
        && value.equals(that.value)
        && accountId.equals(that.accountId)
        && newAccount == that.newAccount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, value, accountId, newAccount);
  }

  /** Never shows the key's value. */
  @Override
  public String toString() {
    return "KeySpec{"
        + role.value()
        + (value.isPresent() ? ", a chosen value" : "")
        + accountId.map(id -> ", account " + id).orElse("")
        + (newAccount ? ", new account" : "")
        + "}";
  }
}
