package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JettyPaddingTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(JettyPadding.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(JettyPadding.PROPERTY);
    } else {
      System.setProperty(JettyPadding.PROPERTY, before);
    }
  }

  @Test
  void presetsTheReferencesPerCacheLineForTheHeapSize() {
    System.clearProperty(JettyPadding.PROPERTY);

    JettyPadding.presetWithoutJmx();

    // 4-byte references below a 32 GiB heap: 16 in a 64-byte line; 8-byte ones above it.
    String expected = Runtime.getRuntime().maxMemory() < (32L << 30) ? "16" : "8";
    assertThat(System.getProperty(JettyPadding.PROPERTY)).isEqualTo(expected);
  }

  @Test
  void leavesAValueSetBeforeAlone() {
    System.setProperty(JettyPadding.PROPERTY, "7");

    JettyPadding.presetWithoutJmx();

    assertThat(System.getProperty(JettyPadding.PROPERTY)).isEqualTo("7");
  }
}
