package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.User;
import dev.certcentral.fake.KeyRole;
import org.junit.jupiter.api.Test;

/** A key's parts are checked, and the key itself never shows in what is printed. */
class ApiKeyTest {

  private static final User USER = new User(101, "Fake", "user", "user101@example.com");

  @Test
  void aKeyNeedsAValueAndAPositiveAccount() {
    assertThat(new ApiKey("k", 1, KeyRole.USER, USER).accountId()).isEqualTo(1);
    assertThatThrownBy(() -> new ApiKey("k", 0, KeyRole.USER, USER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApiKey("  ", 1, KeyRole.USER, USER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHintShowsFourCharactersAndTheLength() {
    assertThat(new ApiKey("abcdefghij", 1, KeyRole.USER, USER).hint()).isEqualTo("abcd…(10 chars)");
    assertThat(new ApiKey("ab", 1, KeyRole.USER, USER).hint()).isEqualTo("ab…(2 chars)");
  }

  @Test
  void toStringShowsTheHintAccountAndRoleButNeverTheKey() {
    String printed = new ApiKey("secret-key-value", 7, KeyRole.VIEW_ONLY, USER).toString();

    assertThat(printed).isEqualTo("ApiKey{secr…(16 chars), account=7, role=view_only}");
    assertThat(printed).doesNotContain("secret-key-value");
  }
}
