package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Ids count up from their first value, a refused change takes none, and a reset starts again. */
class SequenceTest {

  @Test
  void idsCountUpFromTheFirst() {
    Sequence ids = new Sequence(100);

    assertThat(ids.next()).isEqualTo(100);
    assertThat(ids.next()).isEqualTo(101);
    String made = ids.withNext(id -> "made " + id);
    long taken = ids.withNext(id -> id);
    assertThat(made).isEqualTo("made 102");
    assertThat(taken).isEqualTo(103);
    assertThat(ids.next()).isEqualTo(104);
  }

  @Test
  void aRefusedChangeLeavesNoGap() {
    Sequence ids = new Sequence(100);

    assertThatThrownBy(
            () ->
                ids.withNext(
                    id -> {
                      throw new IllegalStateException("refused " + id);
                    }))
        .hasMessage("refused 100");
    assertThat(ids.next()).isEqualTo(100);
  }

  @Test
  void aResetStartsFromTheFirstAgain() {
    Sequence ids = new Sequence(100);
    ids.next();
    ids.next();

    ids.reset();

    assertThat(ids.next()).isEqualTo(100);
  }
}
