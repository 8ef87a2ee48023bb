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
      System.arraycopy(seeded(seed.get(), orderId, purpose), 0, bytes, 0, bytes.length);
    }
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * The SHA-256 of a seed, an order's id and a text: what a seeded fake draws an order's DCV tokens
   * and its names' DCV delays from, the same for the same three.
   */
  public static byte[] seeded(long seed, OrderId orderId, String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(
          ByteBuffer.allocate(2 * Long.BYTES).putLong(seed).putLong(orderId.value()).array());
      sha256.update(text.getBytes(StandardCharsets.UTF_8));
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
