package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.KeyRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API keys the fake accepts, and the account and user ids they hand out. A reset returns to the
 * keys registered before the fake started serving.
 */
public final class Keys {

  /** The fake's own code for a key added again with another role or account (HTTP 409). */
  public static final String KEY_EXISTS = "api_key_exists";

  /** The most keys a fake holds, so adding keys cannot fill the heap. */
  public static final int MAX_KEYS = 10_000;

  /** The longest key accepted, in characters; DigiCert's keys are far shorter. */
  public static final int MAX_KEY_LENGTH = 200;

  private final Map<String, ApiKey> keys = new ConcurrentHashMap<>();
  private final AtomicLong userIds = new AtomicLong(100);
  private final AtomicLong accountIds = new AtomicLong(1);
  private Start start = new Start(Map.of(), 1, 100);

  /** The keys, and the counters their accounts and users came from, that a reset returns to. */
  private record Start(Map<String, ApiKey> keys, long lastAccountId, long lastUserId) {}

  Keys() {}

  /**
   * Registers a key for an account. Registering a key again with the same role and account returns
   * it unchanged; a key is never silently moved to another account or role.
   *
   * @throws CertCentralException (409, {@code api_key_exists}, the fake's own code) if the key
   *     exists with another role or account
   * @throws InvalidRequestException if the key is longer than {@link #MAX_KEY_LENGTH} or the fake
   *     already holds {@link #MAX_KEYS}
   */
  public synchronized ApiKey add(String value, KeyRole role, long accountId) {
    ApiKey existing = keys.get(value);
    if (existing != null) {
      if (existing.role() != role || existing.accountId() != accountId) {
        throw conflict(existing);
      }
      return existing;
    }
    if (value.length() > MAX_KEY_LENGTH) {
      throw InvalidRequestException.invalidParameter(
          "key", "longer than " + MAX_KEY_LENGTH + " characters");
    }
    if (keys.size() >= MAX_KEYS) {
      throw InvalidRequestException.invalidParameter(
          "key", "the fake holds at most " + MAX_KEYS + " keys; a reset forgets the added ones");
    }
    long userId = userIds.incrementAndGet();
    User user = new User(userId, "Fake", role.value(), "user" + userId + "@example.com");
    ApiKey key = new ApiKey(value, accountId, role, user);
    keys.put(value, key);
    accountIds.accumulateAndGet(accountId, Math::max);
    return key;
  }

  /** An account id no key or order uses yet. */
  public long newAccountId() {
    return accountIds.incrementAndGet();
  }

  /** The key with this value, if registered. */
  public Optional<ApiKey> find(String value) {
    return value == null ? Optional.empty() : Optional.ofNullable(keys.get(value));
  }

  /**
   * The key with this value: the one place the fake refuses an unknown key.
   *
   * @throws AccessDeniedException with {@code access_denied|access_denied_invalid_key} if unknown
   */
  public ApiKey require(String value) {
    ApiKey key = value == null ? null : keys.get(value);
    if (key == null) {
      throw new AccessDeniedException(
          "invalid API key",
          0,
          List.of(new DigiCertError(ErrorCodes.INVALID_KEY, "Invalid API key.")),
          null);
    }
    return key;
  }

  /** Every registered key. */
  public List<ApiKey> all() {
    return List.copyOf(keys.values());
  }

  /** Makes the keys registered now the ones {@link #reset()} returns to. */
  public synchronized void keepAsStart() {
    start = new Start(Map.copyOf(keys), accountIds.get(), userIds.get());
  }

  /** Forgets every key added since {@link #keepAsStart()} and restarts the ids from there. */
  synchronized void reset() {
    keys.clear();
    keys.putAll(start.keys());
    accountIds.set(start.lastAccountId());
    userIds.set(start.lastUserId());
  }

  /** A key added again with another role or account: keys are never moved (409, ours). */
  private static CertCentralException conflict(ApiKey existing) {
    String message =
        "The key "
            + existing.hint()
            + " exists with role "
            + existing.role().value()
            + " on account "
            + existing.accountId()
            + "; keys are never moved.";
    return new CertCentralException(
        message, 409, List.of(new DigiCertError(KEY_EXISTS, message)), null);
  }
}
