package dev.certcentral.fake.internal.control;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.LongStream;

/**
 * The last calls the fake received, in a fixed-size ring: memory stays flat however long the fake
 * runs (WireMock's unbounded journal is a known way to run out of it). Recording takes no lock; a
 * read taken while calls arrive may miss the newest entries, never one whose answer was sent before
 * the read began: calls are recorded before their answers leave.
 */
public final class Journal {

  /** How many entries a journal keeps unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 1000;

  /**
   * One run of recordings. Clearing starts a new ring instead of emptying this one, so a call
   * recorded while the journal is cleared lands in the old ring or the new one, never as a stale
   * entry among the new ones.
   */
  private static final class Ring {
    final AtomicReferenceArray<JournalEntry> slots;
    final AtomicLong written = new AtomicLong();

    Ring(int capacity) {
      slots = new AtomicReferenceArray<>(capacity);
    }
  }

  private final int capacity;
  private final AtomicReference<Ring> ring;

  /** A journal keeping the last {@code capacity} entries. */
  public Journal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.ring = new AtomicReference<>(new Ring(capacity));
  }

  /** Records an entry, dropping the oldest when full. */
  public void record(JournalEntry entry) {
    Ring current = ring.get();
    long slot = current.written.getAndIncrement();
    current.slots.set((int) (slot % capacity), entry);
  }

  /** The kept entries, oldest first. */
  public List<JournalEntry> entries() {
    Ring current = ring.get();
    long end = current.written.get();
    // A slot taken but not yet written reads null: that call is still being recorded.
    return LongStream.range(Math.max(0, end - capacity), end)
        .mapToObj(i -> current.slots.get((int) (i % capacity)))
        .filter(Objects::nonNull)
        .toList();
  }

  /** How many entries were recorded since the journal was made or cleared, kept or not. */
  public long totalRecorded() {
    return ring.get().written.get();
  }

  /** The largest number of entries kept. */
  public int capacity() {
    return capacity;
  }

  /** Forgets every entry. */
  public void clear() {
    ring.set(new Ring(capacity));
  }
}
