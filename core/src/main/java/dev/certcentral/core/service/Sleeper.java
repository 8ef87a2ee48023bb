package dev.certcentral.core.service;

import java.time.Duration;

/** Pauses the calling thread; injected so waits are tested without real time passing. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps with {@link Thread#sleep}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /** Pauses for the duration. */
  void sleep(Duration duration) throws InterruptedException;
}
