package dev.certcentral.fake.internal.dcv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One account's DCV bookkeeping: tokens are per order and name, and "may be due" is never false
 * while something is due, so a read skips DCV only when nothing can pass.
 */
class DcvBookTest {

  private static final OrderId ONE = new OrderId(1_000_001);
  private static final OrderId TWO = new OrderId(1_000_002);
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aTokenIsInPlaceForItsOrderAndNameOnlyWhateverTheCase() {
    DcvBook book = new DcvBook();
    assertThat(book.tokenInPlace(ONE, "a.example")).isFalse();

    book.placeToken(ONE, "A.Example");

    assertThat(book.tokenInPlace(ONE, "a.example")).isTrue();
    assertThat(book.tokenInPlace(ONE, "A.EXAMPLE")).isTrue();
    assertThat(book.tokenInPlace(ONE, "b.example")).isFalse();
    assertThat(book.tokenInPlace(TWO, "a.example")).isFalse();
  }

  @Test
  void nothingIsDueInANewBook() {
    DcvBook book = new DcvBook();

    assertThat(book.mayBeDue(T0)).isFalse();
    assertThat(book.mayBeDue(Instant.parse("9999-12-31T23:59:59Z"))).isFalse();
    assertThat(book.due()).isEmpty();
  }

  @Test
  void anOrderIsDueFromItsMillisecondOn() {
    DcvBook book = new DcvBook();

    book.dueAt(ONE, T0);

    assertThat(book.mayBeDue(T0.minusMillis(1))).isFalse();
    assertThat(book.mayBeDue(T0)).isTrue();
    assertThat(book.mayBeDue(T0.plusSeconds(1))).isTrue();
    assertThat(book.due()).containsExactly(java.util.Map.entry(ONE.value(), T0));
  }

  @Test
  void theEarliestOrderDecidesAndRecomputingFollowsWhatIsLeft() {
    DcvBook book = new DcvBook();
    book.dueAt(ONE, T0.plusSeconds(60));
    book.dueAt(TWO, T0.plusSeconds(10));

    assertThat(book.mayBeDue(T0.plusSeconds(10))).isTrue();

    book.notDue(TWO);
    book.recompute();

    assertThat(book.due()).containsOnlyKeys(ONE.value());
    assertThat(book.mayBeDue(T0.plusSeconds(59))).isFalse();
    assertThat(book.mayBeDue(T0.plusSeconds(60))).isTrue();

    book.notDue(ONE);
    book.recompute();

    assertThat(book.mayBeDue(T0.plusSeconds(3600))).isFalse();
  }

  @Test
  void anOrderIsFirstFoundOpenOnce() {
    DcvBook book = new DcvBook();

    assertThat(book.firstOpen(ONE, T0)).isEqualTo(T0);
    assertThat(book.firstOpen(ONE, T0.plusSeconds(60))).isEqualTo(T0);
    assertThat(book.firstOpen(TWO, T0.plusSeconds(60))).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void oneSettlementRunsAtATime() {
    DcvBook book = new DcvBook();

    assertThat(book.startSettling()).isTrue();
    assertThat(book.startSettling()).as("a read inside the settlement").isFalse();
    book.doneSettling();
    assertThat(book.startSettling()).isTrue();
  }
}
