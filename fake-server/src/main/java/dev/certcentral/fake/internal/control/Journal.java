package dev.certcentral.fake.internal.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last calls the fake received, in a fixed-size ring: memory stays flat however long the fake
 * runs (WireMock's unbounded journal is a known way to run out of it). Recording takes no lock; a
 * read taken while calls arrive may miss the newest entries, never one whose answer was sent before
 * the read began: calls are recorded before their answers leave.
 */
public final class Journal {

  /** How many entries a journal keeps unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 1000;

  private final AtomicReferenceArray<JournalEntry> ring;
  private final AtomicLong written = new AtomicLong();

  /** A journal keeping the last {@code capacity} entries. */
  public Journal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.ring = new AtomicReferenceArray<>(capacity);
  }

  /** Records an entry, dropping the oldest when full. */
  public void record(JournalEntry entry) {
    long slot = written.getAndIncrement();
    ring.set((int) (slot % ring.length()), entry);
  }

  /** The kept entries, oldest first. */
  public List<JournalEntry> entries() {
    long end = written.get();
    long start = Math.max(0, end - ring.length());
    List<JournalEntry> result = new ArrayList<>((int) (end - start));
    for (long i = start; i < end; i++) {
      JournalEntry entry = ring.get((int) (i % ring.length()));
      if (entry != null) {
        result.add(entry);
      }
    }
    return result;
  }

  /** How many entries were ever recorded, kept or not. */
  public long totalRecorded() {
    return written.get();
  }

  /** The largest number of entries kept. */
  public int capacity() {
    return ring.length();
  }

  /** Forgets every entry. */
  public void clear() {
    for (int i = 0; i < ring.length(); i++) {
      ring.set(i, null);
    }
    written.set(0);
  }
}
