package dev.certcentral.fake.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The last requests the fake received, in a fixed-size ring: memory stays flat however long the
 * fake runs (WireMock's unbounded journal is a known way to run out of it).
 */
public final class Journal {

  /** How many entries a journal keeps unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 1000;

  private final JournalEntry[] ring;
  private long written;

  /** A journal keeping the last {@code capacity} entries. */
  public Journal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.ring = new JournalEntry[capacity];
  }

  /** Records an entry, dropping the oldest when full. */
  public synchronized void record(JournalEntry entry) {
    ring[(int) (written % ring.length)] = entry;
    written++;
  }

  /** The kept entries, oldest first. */
  public synchronized List<JournalEntry> entries() {
    int size = (int) Math.min(written, ring.length);
    List<JournalEntry> result = new ArrayList<>(size);
    for (long i = written - size; i < written; i++) {
      result.add(ring[(int) (i % ring.length)]);
    }
    return result;
  }

  /** How many entries were ever recorded, kept or not. */
  public synchronized long totalRecorded() {
    return written;
  }

  /** The largest number of entries kept. */
  public int capacity() {
    return ring.length;
  }

  /** Forgets every entry. */
  public synchronized void clear() {
    java.util.Arrays.fill(ring, null);
    written = 0;
  }
}
