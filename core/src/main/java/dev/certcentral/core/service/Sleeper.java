package dev.certcentral.core.service;

import dev.certcentral.core.domain.error.WaitInterruptedException;
import java.time.Duration;

/** Pauses the calling thread; injected so waits are tested without real time passing. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps with {@link Thread#sleep}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /** Pauses for the duration. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Pauses for the duration; an interruption sets the thread's flag again and ends the wait with a
   * {@link WaitInterruptedException}, so callers need no checked exception.
   */
  default void pause(Duration duration) {
    try {
      sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(e);
    }
  }
}
