package dev.certcentral.contract;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * A fresh key pair and a PEM PKCS#10 request for it, as a user's automation makes one before
 * ordering: an EC P-256 key (quick to make, and accepted by DigiCert and the fake's CA), the common
 * name as subject and every name as a DNS subject alternative name.
 *
 * @param keys the key pair the request is for
 * @param pem the request, PEM-armoured
 */
record SigningRequest(KeyPair keys, String pem) {

  /** A new key and a request for {@code names}, the first of them the common name. */
  static SigningRequest forNames(List<String> names) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      ExtensionsGenerator extensions = new ExtensionsGenerator();
      extensions.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              names.stream()
                  .map(name -> new GeneralName(GeneralName.dNSName, name))
                  .toArray(GeneralName[]::new)));
      PKCS10CertificationRequest request =
          new JcaPKCS10CertificationRequestBuilder(
                  new X500Name("CN=" + names.get(0)), keys.getPublic())
              .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
              .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
      StringWriter pem = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
        writer.writeObject(request);
      }
      return new SigningRequest(keys, pem.toString());
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("every JDK 17 makes and signs with P-256 keys", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
