package dev.certcentral.fake.internal.control;

import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.OrderSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * What the heap can still hold: orders are created only when they fit with a reserve left for
 * serving calls, so a bulk creation is refused with a 400 that says why instead of ending in an
 * {@link OutOfMemoryError} that leaves the fake stuck in collections.
 */
public final class HeapBudget {

  /** What the budget reads of a heap: this JVM's, or a test's. */
  interface Gauge {
    /** Bytes in use now, garbage included. */
    long usedBytes();

    /** The largest the heap may grow. */
    long maxBytes();

    /** Bytes in use after the most recent collection of each pool: the live data, roughly. */
    long afterLastCollectionBytes();

    /** Collects garbage. */
    void collect();
  }

  /**
   * The heap as the health check reports it.
   *
   * @param usedBytes in use now, garbage included
   * @param maxBytes the most the heap may grow to
   * @param afterLastCollectionBytes in use after the last collection
   */
  public record Reading(long usedBytes, long maxBytes, long afterLastCollectionBytes) {

    /** What the heap could still take beyond the data that survived the last collection. */
    public long headroomBytes() {
      return maxBytes - afterLastCollectionBytes;
    }

    /** Whether even a collection leaves less than the reserve free: the fake is near its end. */
    public boolean low() {
      return headroomBytes() < reserveOf(maxBytes);
    }
  }

  // Measured on JDK 17 with compressed references (bench/README.md): an order with one name takes
  // 530-630 B, each further name ~150 B, an open request ~190 B. Rounded up by about half.
  static final long ORDER_BYTES = 768;
  static final long NAME_BYTES = 192;
  static final long VALIDATION_BYTES = 256;
  static final long REQUEST_BYTES = 256;
  private static final long MIN_RESERVE = 16L << 20;
  private static final long MB = 1 << 20;

  private final Gauge gauge;

  HeapBudget(Gauge gauge) {
    this.gauge = gauge;
  }

  /** The budget of this JVM's heap. */
  public static HeapBudget ofThisJvm() {
    return new HeapBudget(new JvmHeap());
  }

  /**
   * Refuses, before anything is created, more orders like {@code spec} than the heap can hold with
   * its reserve free. Garbage is no reason to refuse: when the orders do not fit, the heap is
   * collected once and measured again.
   *
   * @throws InvalidRequestException with {@code invalid_param} naming {@code count}
   */
  public void checkRoomFor(long count, OrderSpec spec) {
    long perOrder = bytesPerOrder(spec);
    long need = Math.multiplyHigh(count, perOrder) == 0 ? count * perOrder : Long.MAX_VALUE;
    if (fits(need)) {
      return;
    }
    gauge.collect();
    if (fits(need)) {
      return;
    }
    long max = gauge.maxBytes();
    long room = Math.max(0, max - reserveOf(max) - gauge.usedBytes());
    throw InvalidRequestException.invalidParameter(
        "count",
        String.format(
            "%d orders need about %d MB of heap, but %d MB are free of %d MB (%d MB are kept for"
                + " serving calls): create at most %d now, reset the fake, or give it a larger -Xmx",
            count, need / MB, room / MB, max / MB, reserveOf(max) / MB, room / perOrder));
  }

  /** The heap now, for the health check. */
  public Reading reading() {
    return new Reading(gauge.usedBytes(), gauge.maxBytes(), gauge.afterLastCollectionBytes());
  }

  private boolean fits(long need) {
    long max = gauge.maxBytes();
    return need <= max - reserveOf(max) - gauge.usedBytes();
  }

  /** The estimated heap an order like {@code spec} takes, with its validations and requests. */
  static long bytesPerOrder(OrderSpec spec) {
    long bytes = ORDER_BYTES + NAME_BYTES * Math.max(0, spec.dnsNames().size() - 1);
    bytes += VALIDATION_BYTES * spec.organizationValidations().map(v -> v.size()).orElse(0);
    bytes += VALIDATION_BYTES * spec.dnsNameValidations().map(v -> v.size()).orElse(0);
    if (spec.status() == OrderStatus.NEEDS_APPROVAL
        || spec.status() == OrderStatus.REISSUE_PENDING) {
      bytes += REQUEST_BYTES;
    }
    return bytes;
  }

  /** The heap kept free for serving calls: a tenth of it, at least 16 MB. */
  static long reserveOf(long maxBytes) {
    return Math.max(maxBytes / 10, MIN_RESERVE);
  }

  /** This JVM's heap, through the standard memory beans (no MBean server is started). */
  private static final class JvmHeap implements Gauge {
    @Override
    public long usedBytes() {
      Runtime runtime = Runtime.getRuntime();
      return runtime.totalMemory() - runtime.freeMemory();
    }

    @Override
    public long maxBytes() {
      return Runtime.getRuntime().maxMemory();
    }

    @Override
    public long afterLastCollectionBytes() {
      long total = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
        if (usage != null) {
          total += usage.getUsed();
        }
      }
      return total;
    }

    @Override
    public void collect() {
      // Only when a creation would otherwise be refused: the refusal must not be for garbage.
      System.gc();
    }
  }
}
