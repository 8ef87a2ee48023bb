package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.KeyRole;
import java.time.Clock;
import java.util.List;

/**
 * Who a call comes from: the key, the account it sees and the user it acts as, with the role checks
 * every resource applies the same way.
 */
public final class Caller {

  private final State state;
  private final Account account;
  private final ApiKey key;

  Caller(State state, Account account, ApiKey key) {
    this.state = state;
    this.account = account;
    this.key = key;
  }

  /** The fake's state, for ids, the clock and the CA. */
  public State state() {
    return state;
  }

  /** The account the key sees. */
  public Account account() {
    return account;
  }

  /** The user recorded as requester or reviewer of what the key does. */
  public User user() {
    return key.user();
  }

  /** The clock every timestamp comes from. */
  public Clock clock() {
    return state.clock();
  }

  /**
   * Refuses a view-only key.
   *
   * @throws AccessDeniedException with {@code access_denied|missing_permission}
   */
  public void requireWrite() {
    if (key.role() == KeyRole.VIEW_ONLY) {
      throw denied("a view-only key may only read");
    }
  }

  /**
   * Refuses a view-only key, and {@code skip_approval} from anyone but an administrator: the rule
   * of every write that can skip its request's approval (placement, reissue, revoke).
   *
   * @throws AccessDeniedException with {@code access_denied|missing_permission}
   */
  public void requireWrite(boolean skipApproval) {
    requireWrite();
    if (skipApproval) {
      requireAdministrator("skip_approval");
    }
  }

  /**
   * Refuses anyone but an administrator.
   *
   * @param what what needs the role, for the message
   * @throws AccessDeniedException with {@code access_denied|missing_permission}
   */
  public void requireAdministrator(String what) {
    if (key.role() != KeyRole.ADMINISTRATOR) {
      throw denied(what + " needs an administrator's key");
    }
  }

  private static AccessDeniedException denied(String message) {
    return new AccessDeniedException(
        message, 0, List.of(new DigiCertError(ErrorCodes.MISSING_PERMISSION, message)), null);
  }
}
