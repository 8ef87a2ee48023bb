package dev.certcentral.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A fresh EC P-256 key and a PKCS#10 request for it, made with the JDK alone. P-256 because it is
 * generated in milliseconds (an RSA key takes up to a second) and DigiCert accepts it. The private
 * key leaves this object only into a file of its owner's ({@link #writePrivateKey}); {@link
 * #toString()} never shows it.
 */
final class GeneratedKey {

  private static final String EC_PUBLIC_KEY_WITH_SHA256 = "1.2.840.10045.4.3.2";
  private static final String COMMON_NAME = "2.5.4.3";

  private final KeyPair keys;
  private final String csrPem;

  private GeneratedKey(KeyPair keys, String csrPem) {
    this.keys = keys;
    this.csrPem = csrPem;
  }

  /** A new key and a request for it whose subject is {@code CN=commonName}. */
  static GeneratedKey forCommonName(String commonName) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      byte[] info =
          Der.sequence(
              Der.integer(0),
              Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName)))),
              keys.getPublic().getEncoded(),
              Der.context(0));
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(info);
      byte[] request =
          Der.sequence(
              info, Der.sequence(Der.oid(EC_PUBLIC_KEY_WITH_SHA256)), Der.bitString(signer.sign()));
      return new GeneratedKey(keys, pem("CERTIFICATE REQUEST", request));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK 17 makes P-256 keys and signs with them", e);
    }
  }

  /** The request, PEM-armoured, as CertCentral takes it. */
  String csrPem() {
    return csrPem;
  }

  /** The public key, which the certificate must carry. */
  PublicKey publicKey() {
    return keys.getPublic();
  }

  /**
   * Writes the private key (PKCS#8 PEM) to a new file readable by its owner only (where the file
   * system has POSIX permissions). An existing file is never overwritten: it may hold a key.
   *
   * @throws IOException if the file exists or cannot be written
   */
  void writePrivateKey(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    try (Writer out =
        Files.newBufferedWriter(file, StandardCharsets.US_ASCII, StandardOpenOption.WRITE)) {
      out.write(pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  @Override
  public String toString() {
    return "GeneratedKey{EC P-256, private key not shown}";
  }
}
