package dev.certcentral.http;

/** Whether repeating a call after an ambiguous failure could do something twice. */
enum Idempotency {
  /** A read: repeating it is always harmless. */
  SAFE,
  /**
   * A write whose repetition changes nothing further, such as a DCV check: resent after any
   * transient failure like a read, but an earlier attempt may already have changed the state, so a
   * resend that then fails is reported as an unknown outcome.
   */
  IDEMPOTENT,
  /** A write: repeat it only when the failure proves CertCentral did not act. */
  UNSAFE;

  /** Whether the call is repeated after a failure that does not prove CertCentral did not act. */
  boolean resentAfterAmbiguousFailure() {
    return this != UNSAFE;
  }

  /** Whether an attempt CertCentral may have acted on leaves the outcome of a failure unknown. */
  boolean changesState() {
    return this != SAFE;
  }
}
