package dev.certcentral.fake.internal.ca;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.OptionalLong;

/**
 * Where the CA's randomness comes from: real randomness, or, with a seed, a stream per purpose
 * derived from the seed, so the same seed gives the same keys, serials and signatures whatever
 * order the purposes are asked for in.
 *
 * <p>A seeded stream is a {@code SHA1PRNG} seeded before first use: the JDK's SUN provider then
 * draws from that seed alone. (A DRBG would mix in system entropy.) This is for a test CA only.
 */
final class RandomSource {

  // One generator for the unseeded bytes: making a SecureRandom per serial costs more than using
  // it.
  private static final SecureRandom SHARED = new SecureRandom();

  private final OptionalLong seed;

  private RandomSource(OptionalLong seed) {
    this.seed = seed;
  }

  static RandomSource seeded(long seed) {
    return new RandomSource(OptionalLong.of(seed));
  }

  static RandomSource unseeded() {
    return new RandomSource(OptionalLong.empty());
  }

  /** A random stream for one purpose, such as {@code "root-key"} or {@code "leaf-signature-7"}. */
  SecureRandom forPurpose(String purpose) {
    if (seed.isEmpty()) {
      return new SecureRandom();
    }
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG", "SUN");
      random.setSeed(digest(purpose));
      return random;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's SUN provider has no SHA1PRNG", e);
    }
  }

  /** Sixteen bytes for one purpose: from the seed when seeded, else random. */
  byte[] bytes(String purpose) {
    byte[] bytes = new byte[16];
    if (seed.isEmpty()) {
      SHARED.nextBytes(bytes);
    } else {
      System.arraycopy(digest(purpose), 0, bytes, 0, bytes.length);
    }
    return bytes;
  }

  private byte[] digest(String purpose) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(seed.getAsLong()).array());
      sha256.update(purpose.getBytes(StandardCharsets.UTF_8));
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
