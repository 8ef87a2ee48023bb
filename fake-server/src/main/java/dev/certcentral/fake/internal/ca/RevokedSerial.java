package dev.certcentral.fake.internal.ca;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the CRL: a revoked certificate's serial and when it was revoked.
 *
 * @param serialNumber the certificate's serial number
 * @param revokedAt when its order was revoked
 */
public record RevokedSerial(BigInteger serialNumber, Instant revokedAt) {

  /** Validates the parts. */
  public RevokedSerial {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }
}
