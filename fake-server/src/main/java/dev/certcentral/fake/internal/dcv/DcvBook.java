package dev.certcentral.fake.internal.dcv;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.fake.internal.state.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One account's DCV bookkeeping: the tokens the control API said are in place, and when each order
 * waiting on a delay next has a name due, so a read with nothing due costs one comparison.
 */
final class DcvBook {

  /** The book of each account. */
  static final Table<DcvBook> TABLE = Table.of("dcv", DcvBook.class, DcvBook::new);

  private final Set<String> inPlace = ConcurrentHashMap.newKeySet();
  private final Map<Long, Instant> due = new ConcurrentHashMap<>();
  private final Map<Long, Instant> firstOpen = new ConcurrentHashMap<>();
  private volatile long nextDueMillis = Long.MAX_VALUE;
  // Only the thread holding the account's lock reads or writes it.
  private boolean settling;

  void placeToken(OrderId orderId, String dnsName) {
    inPlace.add(key(orderId, dnsName));
  }

  boolean tokenInPlace(OrderId orderId, String dnsName) {
    return !inPlace.isEmpty() && inPlace.contains(key(orderId, dnsName));
  }

  /** Whether something may be due by {@code now}; false is certain, true means look. */
  boolean mayBeDue(Instant now) {
    return nextDueMillis <= now.toEpochMilli();
  }

  Map<Long, Instant> due() {
    return due;
  }

  void dueAt(OrderId orderId, Instant when) {
    due.put(orderId.value(), when);
    nextDueMillis = Math.min(nextDueMillis, when.toEpochMilli());
  }

  void notDue(OrderId orderId) {
    due.remove(orderId.value());
  }

  /**
   * When DCV was first found open for an order that carries no date to count from: {@code now} the
   * first time, the same instant after.
   */
  Instant firstOpen(OrderId orderId, Instant now) {
    return firstOpen.computeIfAbsent(orderId.value(), id -> now);
  }

  /** Recomputes the earliest due time after a settlement. */
  void recompute() {
    long next = Long.MAX_VALUE;
    for (Instant when : due.values()) {
      next = Math.min(next, when.toEpochMilli());
    }
    nextDueMillis = next;
  }

  /** Marks a settlement as running; false if one already is (a read inside it). */
  boolean startSettling() {
    if (settling) {
      return false;
    }
    settling = true;
    return true;
  }

  void doneSettling() {
    settling = false;
  }

  private static String key(OrderId orderId, String dnsName) {
    return orderId.value() + " " + dnsName.toLowerCase(Locale.ROOT);
  }
}
