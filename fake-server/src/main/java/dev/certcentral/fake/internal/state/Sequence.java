package dev.certcentral.fake.internal.state;

import java.util.function.LongFunction;

/**
 * One kind of id the fake hands out (orders, requests, domains, and whatever a resource adds),
 * unique across accounts as in CertCentral, and back at its first value after a reset.
 */
public final class Sequence {

  private final long first;
  private long next;

  Sequence(long first) {
    this.first = first;
    this.next = first;
  }

  /** The next id; taken even if the caller then fails. */
  public synchronized long next() {
    return next++;
  }

  /**
   * Runs {@code use} with the next id and keeps that id taken only if {@code use} returns normally:
   * a refused change leaves no gap.
   */
  public synchronized <T> T withNext(LongFunction<T> use) {
    T result = use.apply(next);
    next++;
    return result;
  }

  synchronized void reset() {
    next = first;
  }
}
