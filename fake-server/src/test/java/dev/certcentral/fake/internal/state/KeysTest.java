package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.KeyRole;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The keys the fake accepts: who each one is, the refusals (a moved key, an oversized key, a full
 * fake, an unknown key) with their codes, and a reset back to the keys the fake started with.
 */
class KeysTest {

  private final Keys keys = new Keys();

  @Test
  void aNewKeyGetsItsOwnUserAndKeepsItsAccountAndRole() {
    ApiKey first = keys.add("key-one", KeyRole.USER, 3);
    ApiKey second = keys.add("key-two", KeyRole.VIEW_ONLY, 3);

    assertThat(first.value()).isEqualTo("key-one");
    assertThat(first.accountId()).isEqualTo(3);
    assertThat(first.role()).isEqualTo(KeyRole.USER);
    assertThat(first.user().id()).isEqualTo(101);
    assertThat(first.user().email()).isEqualTo("user101@example.com");
    assertThat(second.user().id()).isEqualTo(102);
    assertThat(keys.all()).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void addingAKeyAgainAsItIsReturnsIt_andTakesNoNewUser() {
    ApiKey first = keys.add("key-one", KeyRole.USER, 3);

    assertThat(keys.add("key-one", KeyRole.USER, 3)).isSameAs(first);
    assertThat(keys.add("key-two", KeyRole.USER, 3).user().id()).isEqualTo(102);
  }

  @Test
  void aKeyIsNeverMovedToAnotherRoleOrAccount() {
    keys.add("key-one", KeyRole.USER, 3);

    for (Runnable moved :
        new Runnable[] {
          () -> keys.add("key-one", KeyRole.ADMINISTRATOR, 3),
          () -> keys.add("key-one", KeyRole.USER, 4)
        }) {
      assertThatThrownBy(moved::run)
          .isInstanceOfSatisfying(
              CertCentralException.class,
              e -> {
                assertThat(e.httpStatus()).hasValue(409);
                assertThat(e.primaryErrorCode()).isEqualTo(Keys.KEY_EXISTS);
                assertThat(e.getMessage())
                    .contains("role user")
                    .contains("account 3")
                    .doesNotContain("key-one");
              });
    }
    assertThat(keys.require("key-one").accountId()).isEqualTo(3);
  }

  @Test
  void aKeyOfTheLongestLengthIsTaken_oneCharacterMoreIsRefused() {
    String longest = "k".repeat(Keys.MAX_KEY_LENGTH);

    assertThat(keys.add(longest, KeyRole.USER, 1).value()).isEqualTo(longest);
    assertThatThrownBy(() -> keys.add(longest + "k", KeyRole.USER, 1))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_PARAM));
  }

  @Test
  void theFakeHoldsAtMostMaxKeys() {
    for (int i = 1; i < Keys.MAX_KEYS; i++) {
      keys.add("key-" + i, KeyRole.USER, 1);
    }
    keys.add("the-last", KeyRole.USER, 1);

    assertThatThrownBy(() -> keys.add("one-too-many", KeyRole.USER, 1))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_PARAM));
    assertThat(keys.all()).hasSize(Keys.MAX_KEYS);
    assertThat(keys.add("the-last", KeyRole.USER, 1).value())
        .as("a key already held is still returned")
        .isEqualTo("the-last");
  }

  @Test
  void aNewAccountIdIsAboveEveryKeysAccount() {
    assertThat(keys.newAccountId()).isEqualTo(2);
    keys.add("far", KeyRole.USER, 40);
    keys.add("near", KeyRole.USER, 5);

    assertThat(keys.newAccountId()).isEqualTo(41);
    assertThat(keys.newAccountId()).isEqualTo(42);
  }

  @Test
  void findAndRequireKnowOnlyRegisteredKeys() {
    ApiKey key = keys.add("key-one", KeyRole.USER, 1);

    assertThat(keys.find("key-one")).contains(key);
    assertThat(keys.find("nope")).isEmpty();
    assertThat(keys.find(null)).isEmpty();
    assertThat(keys.require("key-one")).isSameAs(key);
    for (String unknown : new String[] {"nope", null}) {
      assertThatThrownBy(() -> keys.require(unknown))
          .isInstanceOfSatisfying(
              AccessDeniedException.class,
              e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_KEY));
    }
  }

  @Test
  void aResetForgetsTheKeysAddedSinceTheStartAndHandsOutTheSameIdsAgain() {
    ApiKey kept = keys.add("kept", KeyRole.ADMINISTRATOR, 1);
    keys.keepAsStart();
    ApiKey added = keys.add("added", KeyRole.USER, 9);
    long accountAfterAdded = keys.newAccountId();

    keys.reset();

    assertThat(keys.all()).containsExactly(kept);
    assertThat(keys.find("added")).isEqualTo(Optional.empty());
    ApiKey again = keys.add("again", KeyRole.USER, 1);
    assertThat(again.user().id()).isEqualTo(added.user().id());
    assertThat(keys.newAccountId()).isEqualTo(2).isLessThan(accountAfterAdded);
  }
}
