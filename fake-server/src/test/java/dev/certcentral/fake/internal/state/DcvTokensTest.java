package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokens look like DigiCert's, repeat under a seed, and differ wherever their inputs do. */
class DcvTokensTest {

  private static final OrderId ORDER = new OrderId(1_000_001);
  private static final String ZEROS = "0".repeat(32);

  @Test
  void aSeededTokenIs32HexCharactersAndTheSameEveryTime() {
    String token = DcvTokens.of(Optional.of(7L), ORDER, "order");

    assertThat(token).matches("[0-9a-f]{32}").isNotEqualTo(ZEROS);
    assertThat(DcvTokens.of(Optional.of(7L), ORDER, "order")).isEqualTo(token);
  }

  @Test
  void theSeedTheOrderAndThePurposeEachChangeTheToken() {
    Set<String> tokens = new HashSet<>();
    tokens.add(DcvTokens.of(Optional.of(7L), ORDER, "order"));
    tokens.add(DcvTokens.of(Optional.of(8L), ORDER, "order"));
    tokens.add(DcvTokens.of(Optional.of(7L), new OrderId(1_000_002), "order"));
    tokens.add(DcvTokens.of(Optional.of(7L), ORDER, "reissue"));

    assertThat(tokens).hasSize(4);
  }

  @Test
  void anUnseededTokenIsRandom() {
    String one = DcvTokens.of(Optional.empty(), ORDER, "order");
    String two = DcvTokens.of(Optional.empty(), ORDER, "order");

    assertThat(one).matches("[0-9a-f]{32}").isNotEqualTo(ZEROS).isNotEqualTo(two);
  }
}
