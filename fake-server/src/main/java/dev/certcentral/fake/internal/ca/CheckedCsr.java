package dev.certcentral.fake.internal.ca;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSR that parsed, whose signature verified and whose key and names the order accepts.
 *
 * @param publicKey the key the certificate will certify
 * @param keyAlgorithm {@code RSA} or {@code EC}
 * @param keySize the key's size in bits (the curve's for EC)
 * @param commonName the CSR's common name, if it has one
 * @param dnsNames the DNS names the CSR asks for, lower case, possibly none
 */
public record CheckedCsr(
    PublicKey publicKey,
    String keyAlgorithm,
    int keySize,
    Optional<String> commonName,
    List<String> dnsNames) {

  /** Validates and copies the parts. */
  public CheckedCsr {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
    commonName = Objects.requireNonNullElse(commonName, Optional.empty());
    dnsNames = List.copyOf(dnsNames);
  }
}
