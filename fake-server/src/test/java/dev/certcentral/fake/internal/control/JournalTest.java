package dev.certcentral.fake.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The journal keeps the last calls, oldest first, in a fixed amount of memory. */
class JournalTest {

  private static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");

  private static JournalEntry call(int n) {
    return new JournalEntry(T0.plusSeconds(n), "GET", "/services/v2/order/" + n, 200, 1.5f);
  }

  private static List<JournalEntry> calls(int from, int to) {
    return IntStream.range(from, to).mapToObj(JournalTest::call).toList();
  }

  @Test
  void aJournalKeepsAtLeastOneEntry() {
    assertThatThrownBy(() -> new Journal(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
    assertThatThrownBy(() -> new Journal(-5)).isInstanceOf(IllegalArgumentException.class);

    Journal one = new Journal(1);
    one.record(call(1));
    one.record(call(2));
    assertThat(one.capacity()).isEqualTo(1);
    assertThat(one.entries()).containsExactly(call(2));
  }

  @Test
  void entriesComeOldestFirstAndAllAreKeptUntilTheRingIsFull() {
    Journal journal = new Journal(5);
    assertThat(journal.entries()).isEmpty();

    calls(0, 5).forEach(journal::record);

    assertThat(journal.entries()).containsExactlyElementsOf(calls(0, 5));
    assertThat(journal.totalRecorded()).isEqualTo(5);
    assertThat(journal.capacity()).isEqualTo(5);
  }

  @Test
  void aFullRingDropsTheOldestAndCountsEveryCall() {
    Journal journal = new Journal(4);

    calls(0, 11).forEach(journal::record);

    assertThat(journal.entries()).containsExactlyElementsOf(calls(7, 11));
    assertThat(journal.totalRecorded()).isEqualTo(11);
    assertThat(journal.capacity()).isEqualTo(4);
  }

  @Test
  void clearingForgetsEveryEntryAndTheCountAndRecordingGoesOn() {
    Journal journal = new Journal(3);
    calls(0, 5).forEach(journal::record);

    journal.clear();

    assertThat(journal.entries()).isEmpty();
    assertThat(journal.totalRecorded()).isZero();
    assertThat(journal.capacity()).isEqualTo(3);

    journal.record(call(9));
    assertThat(journal.entries()).containsExactly(call(9));
    assertThat(journal.totalRecorded()).isEqualTo(1);
  }

  @Test
  void aCallIsAnsweredUnlessItsConnectionWasDropped() {
    assertThat(call(1).answered()).isTrue();
    assertThat(new JournalEntry(T0, "PUT", "/x", 503, 0).answered()).isTrue();
    assertThat(new JournalEntry(T0, "PUT", "/x", JournalEntry.NO_ANSWER, 0).answered()).isFalse();
  }
}
