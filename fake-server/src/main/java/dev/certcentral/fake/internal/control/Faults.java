package dev.certcentral.fake.internal.control;

import dev.certcentral.fake.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The faults in force. Probabilistic faults draw from one seeded generator, so a run with the same
 * seed and the same calls injects the same faults.
 */
public final class Faults {

  private static final class Active {
    final Fault fault;
    int remaining;

    Active(Fault fault) {
      this.fault = fault;
      this.remaining = fault.times();
    }
  }

  private final List<Active> active = new ArrayList<>();
  // Read without the lock on every call, so a fault-free fake pays one volatile read.
  private volatile boolean none = true;
  private SplittableRandom random = new SplittableRandom(0);

  /** Adds a fault; with a seed, restarts the generator so the run repeats. */
  public synchronized void add(Fault fault) {
    fault.seed().ifPresent(value -> random = new SplittableRandom(value));
    active.add(new Active(fault));
    none = false;
  }

  /** Removes every fault. */
  public synchronized void clear() {
    active.clear();
    none = true;
  }

  /** The faults still in force. */
  public synchronized List<Fault> list() {
    return active.stream().map(a -> a.fault).toList();
  }

  /** Whether no fault is in force; checked first so calls pay nothing when none is. */
  public boolean isEmpty() {
    return none;
  }

  /** The fault to apply to this call in this phase, if any; spends one of its {@code times}. */
  public synchronized Optional<Fault> next(String method, String apiPath, boolean afterHandling) {
    for (Active candidate : active) {
      Fault fault = candidate.fault;
      if (fault.isAfterHandling() != afterHandling
          || !fault.method().matches(method)
          || !apiPath.startsWith(fault.pathPrefix())) {
        continue;
      }
      if (fault.probability() < 1 && random.nextDouble() >= fault.probability()) {
        continue;
      }
      // times() is 0 for a fault without a limit, whose count is never spent.
      if (fault.times() != 0 && --candidate.remaining == 0) {
        active.remove(candidate);
        none = active.isEmpty();
      }
      return Optional.of(fault);
    }
    return Optional.empty();
  }
}
