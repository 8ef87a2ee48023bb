package dev.certcentral.http;

/** Whether repeating a call after an ambiguous failure could do something twice. */
enum Idempotency {
  /** A read: repeating it is always harmless. */
  SAFE,
  /** A write: repeat it only when the failure proves CertCentral did not act. */
  UNSAFE
}
