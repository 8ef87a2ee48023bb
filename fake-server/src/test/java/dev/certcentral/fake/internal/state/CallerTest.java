package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.KeyRole;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The role checks every resource applies, and what a caller sees through its key. */
class CallerTest {

  private final State state = new State(SimulatedClock.system(), Optional.empty());
  private final Caller administrator = caller("admin", KeyRole.ADMINISTRATOR);
  private final Caller user = caller("user", KeyRole.USER);
  private final Caller viewer = caller("viewer", KeyRole.VIEW_ONLY);

  @Test
  void aCallerSeesItsKeysAccountUserAndTheStatesClock() {
    ApiKey key = state.keys().add("elsewhere", KeyRole.USER, 5);
    Caller caller = state.caller(key);

    assertThat(caller.account()).isSameAs(state.account(5));
    assertThat(caller.user()).isEqualTo(key.user());
    assertThat(caller.clock()).isSameAs(state.clock());
    assertThat(caller.state()).isSameAs(state);
  }

  @Test
  void aViewOnlyKeyMayNotWrite_withOrWithoutSkippingApproval() {
    deniedFor(viewer::requireWrite);
    deniedFor(() -> viewer.requireWrite(false));
    deniedFor(() -> viewer.requireWrite(true));
  }

  @Test
  void aUserMayWriteButNotSkipApproval() {
    assertThatCode(user::requireWrite).doesNotThrowAnyException();
    assertThatCode(() -> user.requireWrite(false)).doesNotThrowAnyException();
    deniedFor(() -> user.requireWrite(true));
    deniedFor(() -> user.requireAdministrator("this"));
  }

  @Test
  void anAdministratorMayDoAll() {
    assertThatCode(() -> administrator.requireWrite(true)).doesNotThrowAnyException();
    assertThatCode(() -> administrator.requireAdministrator("this")).doesNotThrowAnyException();
  }

  private Caller caller(String key, KeyRole role) {
    return state.caller(state.keys().add(key, role, 1));
  }

  private static void deniedFor(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.MISSING_PERMISSION));
  }
}
