package dev.certcentral.fake.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The control API's secret: given or generated, compared whole, never shown. */
class AdminTokenTest {

  @Test
  void aGivenTokenIsOneToTwoHundredCharacters() {
    assertThat(AdminToken.of("s").value()).isEqualTo("s");
    String longest = "t".repeat(AdminToken.MAX_LENGTH);
    assertThat(AdminToken.of(longest).value()).isEqualTo(longest);

    for (String refused : new String[] {null, "", "   ", "t".repeat(AdminToken.MAX_LENGTH + 1)}) {
      assertThatThrownBy(() -> AdminToken.of(refused))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1..200");
    }
  }

  @Test
  void aGeneratedTokenIs32UrlSafeCharactersAndNeverTheSameTwice() {
    String first = AdminToken.generate().value();
    String second = AdminToken.generate().value();

    assertThat(first).hasSize(32).matches("[A-Za-z0-9_-]{32}");
    assertThat(second).hasSize(32).isNotEqualTo(first);
  }

  @Test
  void onlyTheWholeTokenMatches() {
    AdminToken token = AdminToken.of("correct-horse");

    assertThat(token.matches("correct-horse")).isTrue();
    assertThat(token.matches("correct-hors")).isFalse();
    assertThat(token.matches("correct-horse!")).isFalse();
    assertThat(token.matches("Correct-horse")).isFalse();
    assertThat(token.matches("")).isFalse();
    assertThat(token.matches(null)).isFalse();
    AdminToken generated = AdminToken.generate();
    assertThat(generated.matches(generated.value())).isTrue();
  }

  @Test
  void itsTextShowsTheLengthNeverTheToken() {
    AdminToken token = AdminToken.of("correct-horse");

    assertThat(token.toString()).doesNotContain("correct").doesNotContain("horse").contains("13");
  }
}
