package dev.certcentral.fake;

import dev.certcentral.fake.internal.state.State;

/**
 * What tests of the fake's inner parts read of a running fake that its public API does not give.
 */
public final class Internals {

  private Internals() {}

  /** The fake's state. */
  public static State state(FakeCertCentral fake) {
    return fake.control().state();
  }
}
