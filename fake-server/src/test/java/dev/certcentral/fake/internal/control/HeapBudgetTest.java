package dev.certcentral.fake.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.OrderSpec;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Bulk creation is bounded by what the heap can hold, and the heap is reported truthfully. */
class HeapBudgetTest {

  private static final long MB = 1024 * 1024;
  private static final OrderSpec PLAIN = OrderSpec.status(OrderStatus.ISSUED);

  /** A heap whose figures the test sets; a collection frees what {@code garbage} says. */
  private static final class FixedHeap implements HeapBudget.Gauge {
    long used;
    long max;
    long garbage;
    int collections;

    FixedHeap(long used, long max, long garbage) {
      this.used = used;
      this.max = max;
      this.garbage = garbage;
    }

    @Override
    public long usedBytes() {
      return used;
    }

    @Override
    public long maxBytes() {
      return max;
    }

    @Override
    public long afterLastCollectionBytes() {
      return used - garbage;
    }

    @Override
    public void collect() {
      collections++;
      used -= garbage;
      garbage = 0;
    }
  }

  @Test
  void aMillionOrdersDoNotFitIn512MbAndTheRefusalSaysWhy() {
    HeapBudget budget = new HeapBudget(new FixedHeap(40 * MB, 512 * MB, 0));

    assertThatThrownBy(() -> budget.checkRoomFor(1_000_000, PLAIN))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("count")
        .hasMessageContaining("heap")
        .hasMessageContaining("-Xmx")
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).primaryErrorCode())
                    .isEqualTo("invalid_param"));
  }

  @Test
  void aHundredThousandOrdersFitIn256Mb() {
    HeapBudget budget = new HeapBudget(new FixedHeap(30 * MB, 256 * MB, 0));

    assertThatCode(() -> budget.checkRoomFor(100_000, PLAIN)).doesNotThrowAnyException();
  }

  @Test
  void garbageIsCollectedBeforeARefusal() {
    FixedHeap heap = new FixedHeap(400 * MB, 512 * MB, 350 * MB);
    HeapBudget budget = new HeapBudget(heap);

    assertThatCode(() -> budget.checkRoomFor(100_000, PLAIN)).doesNotThrowAnyException();
    assertThat(heap.collections).isEqualTo(1);
    assertThatCode(() -> budget.checkRoomFor(10, PLAIN)).doesNotThrowAnyException();
    assertThat(heap.collections).as("no collection when the room is there").isEqualTo(1);
  }

  @Test
  void moreNamesCostMore() {
    OrderSpec fiveNames =
        OrderSpec.status(OrderStatus.ISSUED)
            .commonName("a.example")
            .dnsNames(List.of("a.example", "b.example", "c.example", "d.example", "e.example"));

    assertThat(HeapBudget.bytesPerOrder(fiveNames)).isGreaterThan(HeapBudget.bytesPerOrder(PLAIN));
  }

  @Property(tries = 200)
  void whatIsAcceptedAlwaysLeavesTheReserveFree(
      @ForAll @LongRange(min = 16, max = 4096) long maxMb,
      @ForAll @IntRange(min = 0, max = 100) int usedPercent,
      @ForAll @LongRange(min = 1, max = 2_000_000) long count) {
    long max = maxMb * MB;
    long used = max * usedPercent / 100;
    HeapBudget budget = new HeapBudget(new FixedHeap(used, max, 0));
    boolean accepted;
    try {
      budget.checkRoomFor(count, PLAIN);
      accepted = true;
    } catch (InvalidRequestException e) {
      accepted = false;
    }

    long afterwards = used + count * HeapBudget.bytesPerOrder(PLAIN);
    assertThat(accepted).isEqualTo(afterwards <= max - HeapBudget.reserveOf(max));
  }

  @Test
  void theHeapIsLowWhenLittleIsFreeEvenAfterACollection() {
    assertThat(new HeapBudget(new FixedHeap(500 * MB, 512 * MB, 0)).reading().low()).isTrue();
    assertThat(new HeapBudget(new FixedHeap(500 * MB, 512 * MB, 300 * MB)).reading().low())
        .as("garbage is not a shortage")
        .isFalse();
    assertThat(HeapBudget.ofThisJvm().reading().maxBytes())
        .isEqualTo(Runtime.getRuntime().maxMemory());
  }
}
