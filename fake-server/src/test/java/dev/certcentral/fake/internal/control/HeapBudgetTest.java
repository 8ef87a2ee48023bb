package dev.certcentral.fake.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.OrderSpec;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @Test
  void theRefusalGivesTheFiguresAndACountThatFits() {
    HeapBudget budget = new HeapBudget(new FixedHeap(40 * MB, 512 * MB, 0));

    // 1e6 orders of 768 B are 732 MB; 512 MB less 40 MB used less the tenth kept is 420.8 MB.
    assertThatThrownBy(() -> budget.checkRoomFor(1_000_000, PLAIN))
        .hasMessageContaining("1000000 orders need about 732 MB of heap")
        .hasMessageContaining("but 420 MB are free of 512 MB (51 MB are kept for serving calls)")
        .satisfies(
            e -> {
              long advised = advisedCount(e.getMessage());
              // (512 MB - a tenth - 40 MB) / 768 B
              assertThat(advised).isEqualTo(574_532);
              assertThatCode(() -> budget.checkRoomFor(advised, PLAIN)).doesNotThrowAnyException();
              assertThatThrownBy(() -> budget.checkRoomFor(advised + 1, PLAIN))
                  .isInstanceOf(InvalidRequestException.class);
            });
  }

  @Test
  void aHeapAlreadyPastItsReserveHasRoomForNothing() {
    HeapBudget budget = new HeapBudget(new FixedHeap(500 * MB, 512 * MB, 0));

    assertThatThrownBy(() -> budget.checkRoomFor(1, PLAIN))
        .hasMessageContaining("but 0 MB are free of 512 MB (51 MB are kept")
        .satisfies(e -> assertThat(advisedCount(e.getMessage())).isZero());
  }

  @Test
  void ordersThatFillTheRoomExactlyFitAndOneMoreDoesNot() {
    long max = 1000 * MB;
    long used = max - HeapBudget.reserveOf(max) - 1000 * HeapBudget.bytesPerOrder(PLAIN);
    HeapBudget budget = new HeapBudget(new FixedHeap(used, max, 0));

    assertThatCode(() -> budget.checkRoomFor(1000, PLAIN)).doesNotThrowAnyException();
    assertThatThrownBy(() -> budget.checkRoomFor(1001, PLAIN))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("create at most 1000 now");
  }

  @Test
  void theReserveIsATenthOfTheHeapAndAtLeast16Mb() {
    assertThat(HeapBudget.reserveOf(1000 * MB)).isEqualTo(100 * MB);
    assertThat(HeapBudget.reserveOf(100 * MB)).isEqualTo(16 * MB);
  }

  @Test
  void anOrdersEstimateIsItsBaseEachFurtherNameEachValidationAndAnOpenRequest() {
    OrderSpec oneName = OrderSpec.status(OrderStatus.ISSUED).dnsNames(List.of("example.com"));
    OrderSpec fiveNames =
        PLAIN.dnsNames(List.of("a.example", "b.example", "c.example", "d.example", "e.example"));
    OrderSpec validated =
        PLAIN
            .organizationValidations(Collections.nCopies(2, organizationValidation()))
            .dnsNameValidations(Collections.nCopies(3, dnsNameValidation()));

    assertThat(HeapBudget.bytesPerOrder(PLAIN)).isEqualTo(HeapBudget.ORDER_BYTES);
    assertThat(HeapBudget.bytesPerOrder(oneName)).isEqualTo(HeapBudget.ORDER_BYTES);
    assertThat(HeapBudget.bytesPerOrder(fiveNames))
        .isEqualTo(HeapBudget.ORDER_BYTES + 4 * HeapBudget.NAME_BYTES);
    assertThat(HeapBudget.bytesPerOrder(validated))
        .isEqualTo(HeapBudget.ORDER_BYTES + 5 * HeapBudget.VALIDATION_BYTES);
    assertThat(
            HeapBudget.bytesPerOrder(
                PLAIN.dnsNameValidations(Collections.nCopies(3, dnsNameValidation()))))
        .isEqualTo(HeapBudget.ORDER_BYTES + 3 * HeapBudget.VALIDATION_BYTES);
    for (OrderStatus withRequest :
        List.of(OrderStatus.NEEDS_APPROVAL, OrderStatus.REISSUE_PENDING)) {
      assertThat(HeapBudget.bytesPerOrder(OrderSpec.status(withRequest)))
          .as(withRequest.toString())
          .isEqualTo(HeapBudget.ORDER_BYTES + HeapBudget.REQUEST_BYTES);
    }
    for (OrderStatus without : List.of(OrderStatus.PENDING, OrderStatus.ISSUED)) {
      assertThat(HeapBudget.bytesPerOrder(OrderSpec.status(without)))
          .as(without.toString())
          .isEqualTo(HeapBudget.ORDER_BYTES);
    }
  }

  @Test
  void theHeapIsLowOnlyWhenLessThanTheReserveIsLeft() {
    long max = 512 * MB;
    long reserve = HeapBudget.reserveOf(max);
    HeapBudget.Reading atTheReserve =
        new HeapBudget(new FixedHeap(max - reserve, max, 0)).reading();
    HeapBudget.Reading pastIt = new HeapBudget(new FixedHeap(max - reserve + 1, max, 0)).reading();

    assertThat(atTheReserve.headroomBytes()).isEqualTo(reserve);
    assertThat(atTheReserve.low()).isFalse();
    assertThat(pastIt.headroomBytes()).isEqualTo(reserve - 1);
    assertThat(pastIt.low()).isTrue();
  }

  @Test
  void thisJvmsHeapIsReadAndCollectedBeforeARefusal() {
    HeapBudget budget = HeapBudget.ofThisJvm();
    long collectionsBefore = collections();

    assertThatThrownBy(() -> budget.checkRoomFor(Long.MAX_VALUE / 2, PLAIN))
        .isInstanceOf(InvalidRequestException.class);

    HeapBudget.Reading reading = budget.reading();
    Runtime runtime = Runtime.getRuntime();
    assertThat(collections()).isGreaterThan(collectionsBefore);
    assertThat(reading.usedBytes()).isPositive().isLessThanOrEqualTo(runtime.totalMemory());
    assertThat(reading.maxBytes()).isEqualTo(runtime.maxMemory());
    assertThat(reading.afterLastCollectionBytes())
        .as("the live data after the collection")
        .isPositive()
        .isLessThanOrEqualTo(reading.maxBytes());
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static long advisedCount(String message) {
    Matcher advice = Pattern.compile("create at most (\\d+) now").matcher(message);
    assertThat(advice.find()).as(message).isTrue();
    return Long.parseLong(advice.group(1));
  }

  private static OrganizationValidation organizationValidation() {
    return new OrganizationValidation(
        "ov", "OV", "Organization validation", Optional.empty(), Optional.empty(), "completed");
  }

  private static DnsNameValidation dnsNameValidation() {
    return new DnsNameValidation(
        "1",
        "example.com",
        "domain",
        "approved",
        "email",
        List.of("example.com"),
        Optional.empty());
  }
}
