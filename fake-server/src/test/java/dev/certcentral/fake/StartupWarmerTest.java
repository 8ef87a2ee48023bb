package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupWarmerTest {

  @Test
  void everyClassItWarmsIsOnTheClassPath() {
    // The warmer skips a class it cannot load, so an upgrade that renames one would only make
    // the start slower, silently; this says so instead.
    ClassLoader loader = StartupWarmer.class.getClassLoader();

    assertThat(StartupWarmer.CLASSES)
        .isNotEmpty()
        .allSatisfy(name -> assertThat(Class.forName(name, false, loader)).isNotNull());
  }
}
