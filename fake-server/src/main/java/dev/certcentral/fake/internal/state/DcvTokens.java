package dev.certcentral.fake.internal.state;

import dev.certcentral.core.domain.OrderId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The random tokens domains prove control with: 32 lower-case hex characters, like DigiCert's
 * random values; from the fake's seed and the order's id when seeded, so a seeded fake hands out
 * the same tokens run after run.
 */
public final class DcvTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private DcvTokens() {}

  /** The token of a new order (or reissue) with this id. */
  public static String of(Optional<Long> seed, OrderId orderId, String purpose) {
    byte[] bytes = new byte[16];
    if (seed.isEmpty()) {
      RANDOM.nextBytes(bytes);
    } else {
      try {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(
            ByteBuffer.allocate(2 * Long.BYTES)
                .putLong(seed.get())
                .putLong(orderId.value())
                .array());
        sha256.update(purpose.getBytes(StandardCharsets.UTF_8));
        System.arraycopy(sha256.digest(), 0, bytes, 0, bytes.length);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
    return HexFormat.of().formatHex(bytes);
  }
}
