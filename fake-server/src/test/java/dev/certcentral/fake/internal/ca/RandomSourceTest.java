package dev.certcentral.fake.internal.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** A seed gives one repeatable stream per purpose; no seed gives fresh randomness each time. */
class RandomSourceTest {

  private static byte[] draw(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return bytes;
  }

  @Test
  void aSeedGivesTheSameStreamForAPurposeWhateverWasAskedBefore() {
    RandomSource one = RandomSource.seeded(42);
    RandomSource other = RandomSource.seeded(42);
    draw(other.forPurpose("root-key"));

    assertThat(draw(other.forPurpose("leaf-serial-1")))
        .isEqualTo(draw(one.forPurpose("leaf-serial-1")));
    assertThat(other.bytes("leaf-serial-2")).hasSize(16).isEqualTo(one.bytes("leaf-serial-2"));
  }

  @Test
  void purposesAndSeedsGiveDifferentStreams() {
    RandomSource seeded = RandomSource.seeded(42);

    assertThat(draw(seeded.forPurpose("a"))).isNotEqualTo(draw(seeded.forPurpose("b")));
    assertThat(draw(RandomSource.seeded(43).forPurpose("a")))
        .isNotEqualTo(draw(seeded.forPurpose("a")));
    assertThat(seeded.bytes("a")).isNotEqualTo(seeded.bytes("b"));
  }

  @Test
  void withoutASeedNothingRepeats() {
    RandomSource unseeded = RandomSource.unseeded();

    assertThat(draw(unseeded.forPurpose("a"))).isNotEqualTo(draw(unseeded.forPurpose("a")));
    assertThat(unseeded.bytes("a")).hasSize(16).isNotEqualTo(unseeded.bytes("a"));
  }
}
