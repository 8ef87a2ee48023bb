package dev.certcentral.fake.internal.ca;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.AlgorithmParameterSpec;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** CSRs as users make them, and as they go wrong, for the CA's tests and the control API's. */
public final class Csrs {

  private Csrs() {}

  static KeyPair keys(String algorithm, AlgorithmParameterSpec spec) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      generator.initialize(spec);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** A fresh key pair on the named curve. */
  public static KeyPair ec(String curve) {
    return keys("EC", new java.security.spec.ECGenParameterSpec(curve));
  }

  /** A PEM CSR for {@code keys}, with CN {@code commonName} (none if null) and DNS SANs. */
  public static String pem(KeyPair keys, String commonName, List<String> dnsNames) {
    return Pem.armour("CERTIFICATE REQUEST", der(keys, keys, commonName, names(dnsNames)));
  }

  /** A CSR for {@code subject}'s key signed with {@code signer}'s: its signature cannot verify. */
  static String misSigned(KeyPair subject, KeyPair signer) {
    return Pem.armour("CERTIFICATE REQUEST", der(subject, signer, "example.com", null));
  }

  /** A CSR with one subject alternative name of another kind. */
  static String withSan(KeyPair keys, GeneralName name) {
    return Pem.armour(
        "CERTIFICATE REQUEST", der(keys, keys, "example.com", new GeneralNames(name)));
  }

  private static GeneralNames names(List<String> dnsNames) {
    return dnsNames.isEmpty()
        ? null
        : new GeneralNames(
            dnsNames.stream()
                .map(n -> new GeneralName(GeneralName.dNSName, n))
                .toArray(GeneralName[]::new));
  }

  static byte[] der(KeyPair subject, KeyPair signer, String commonName, GeneralNames names) {
    try {
      PKCS10CertificationRequestBuilder builder =
          new JcaPKCS10CertificationRequestBuilder(
              new X500Name(commonName == null ? "O=No Common Name" : "CN=" + commonName),
              subject.getPublic());
      if (names != null) {
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(Extension.subjectAlternativeName, false, names);
        builder.addAttribute(
            PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
      }
      String algorithm =
          switch (signer.getPrivate().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> "Ed25519";
          };
      PKCS10CertificationRequest request =
          builder.build(new JcaContentSignerBuilder(algorithm).build(signer.getPrivate()));
      return request.getEncoded();
    } catch (IOException | OperatorCreationException e) {
      throw new AssertionError(e);
    }
  }
}
