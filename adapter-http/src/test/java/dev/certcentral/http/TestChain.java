package dev.certcentral.http;

import dev.certcentral.core.domain.CertificateFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * A throwaway chain (root, intermediate, leaf for {@code shop.example} and {@code
 * www.shop.example}) and a CSR, made in the test with BouncyCastle, and the chain in each of
 * DigiCert's download formats as the glossary describes them
 * (https://dev.digicert.com/glossary/#certificate-formats): PEM bundles, PEM-armoured PKCS#7 for
 * {@code p7b} and {@code cer}, zips of one PEM file per certificate. The JDK encodes the PKCS#7
 * bundles (a {@code CertPath} in its PKCS7 encoding); BouncyCastle only signs.
 */
final class TestChain {

  static final String COMMON_NAME = "shop.example";

  final X509Certificate root;
  final X509Certificate intermediate;
  final X509Certificate leaf;
  final String csr;

  private TestChain() {
    try {
      KeyPair rootKeys = keys();
      KeyPair intermediateKeys = keys();
      KeyPair leafKeys = keys();
      X500Principal rootName = new X500Principal("CN=Client Test Root - NOT TRUSTED");
      X500Principal intermediateName =
          new X500Principal("CN=Client Test Intermediate - NOT TRUSTED");
      this.root =
          sign(
              new JcaX509v3CertificateBuilder(
                      rootName, serial(1), from(), till(), rootName, rootKeys.getPublic())
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(1)),
              rootKeys.getPrivate());
      this.intermediate =
          sign(
              new JcaX509v3CertificateBuilder(
                      rootName,
                      serial(2),
                      from(),
                      till(),
                      intermediateName,
                      intermediateKeys.getPublic())
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(0)),
              rootKeys.getPrivate());
      this.leaf =
          sign(
              new JcaX509v3CertificateBuilder(
                      intermediateName,
                      serial(3),
                      from(),
                      till(),
                      new X500Principal("CN=" + COMMON_NAME),
                      leafKeys.getPublic())
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                  .addExtension(
                      Extension.subjectAlternativeName,
                      false,
                      new GeneralNames(
                          new GeneralName[] {
                            new GeneralName(GeneralName.dNSName, COMMON_NAME),
                            new GeneralName(GeneralName.dNSName, "www." + COMMON_NAME)
                          })),
              intermediateKeys.getPrivate());
      this.csr =
          armour(
              "CERTIFICATE REQUEST",
              new JcaPKCS10CertificationRequestBuilder(
                      new X500Principal("CN=" + COMMON_NAME), leafKeys.getPublic())
                  .build(signer(leafKeys.getPrivate()))
                  .getEncoded());
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("the test chain could not be made", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh chain; EC P-256 keys, so it takes milliseconds. */
  static TestChain create() {
    return new TestChain();
  }

  /** The chain as DigiCert sends it in {@code format}: end-entity first, then what it holds. */
  byte[] in(CertificateFormat format) {
    Map<String, X509Certificate> files = new LinkedHashMap<>();
    files.put("shop_example", leaf);
    if (format.includesIntermediate()) {
      files.put("DigiCertCA", intermediate);
    }
    if (format.includesRoot()) {
      files.put("TrustedRoot", root);
    }
    return switch (format.container()) {
      case PEM -> pem(files.values().toArray(X509Certificate[]::new));
      case PKCS7 ->
          armour("PKCS7", pkcs7(files.values().toArray(X509Certificate[]::new)))
              .getBytes(StandardCharsets.US_ASCII);
      case ZIP -> zip(files, format.fileExtension());
    };
  }

  /** The certificates, each PEM-armoured, one after the other. */
  static byte[] pem(X509Certificate... certificates) {
    StringBuilder text = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      text.append(armour("CERTIFICATE", der(certificate)));
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A DER PKCS#7 certs-only bundle, as the JDK encodes a certificate path. */
  static byte[] pkcs7(X509Certificate... certificates) {
    try {
      return CertificateFactory.getInstance("X.509")
          .generateCertPath(List.of(certificates))
          .getEncoded("PKCS7");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] zip(Map<String, X509Certificate> files, String extension) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, X509Certificate> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey() + extension));
        zip.write(pem(file.getValue()));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String armour(String label, byte[] der) {
    List<String> lines = new ArrayList<>();
    lines.add("-----BEGIN " + label + "-----");
    String base64 = Base64.getEncoder().encodeToString(der);
    for (int i = 0; i < base64.length(); i += 64) {
      lines.add(base64.substring(i, Math.min(base64.length(), i + 64)));
    }
    lines.add("-----END " + label + "-----");
    return String.join("\n", lines) + "\n";
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws GeneralSecurityException, OperatorCreationException {
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
  }

  private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
    return new JcaContentSignerBuilder("SHA256withECDSA").build(key);
  }

  private static BigInteger serial(long value) {
    return BigInteger.valueOf(value);
  }

  private static Date from() {
    return Date.from(Instant.parse("2030-01-01T00:00:00Z"));
  }

  private static Date till() {
    return Date.from(Instant.parse("2030-01-01T00:00:00Z").plus(90, ChronoUnit.DAYS));
  }
}
