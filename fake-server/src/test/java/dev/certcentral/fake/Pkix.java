package dev.certcentral.fake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a user's TLS stack does with the fake's downloads, with the JDK alone: parse PEM, PKCS#7 and
 * the zips' PEM files, parse a CRL, and validate a chain with PKIX to a trusted root.
 */
public final class Pkix {

  private Pkix() {}

  /** Every certificate in PEM or PKCS#7 (PEM-armoured or DER) bytes, in file order. */
  public static List<X509Certificate> certificates(byte[] bytes) {
    try {
      List<X509Certificate> certificates = new ArrayList<>();
      for (var certificate : factory().generateCertificates(new ByteArrayInputStream(bytes))) {
        certificates.add((X509Certificate) certificate);
      }
      return certificates;
    } catch (GeneralSecurityException e) {
      throw new AssertionError("not certificates: " + e.getMessage(), e);
    }
  }

  /** Every certificate of every file in a zip, in entry order. */
  public static List<X509Certificate> zipped(byte[] zip) {
    List<X509Certificate> certificates = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        certificates.addAll(certificates(in.readAllBytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return certificates;
  }

  /** The DNS names (and any other names) of a certificate's subject alternative names. */
  public static List<String> dnsNames(X509Certificate certificate) {
    try {
      return certificate.getSubjectAlternativeNames().stream()
          .map(name -> String.valueOf(name.get(1)))
          .toList();
    } catch (java.security.cert.CertificateParsingException e) {
      throw new AssertionError(e);
    }
  }

  /** A DER or PEM CRL. */
  public static X509CRL crl(byte[] bytes) {
    try {
      return (X509CRL) factory().generateCRL(new ByteArrayInputStream(bytes));
    } catch (GeneralSecurityException e) {
      throw new AssertionError("not a CRL: " + e.getMessage(), e);
    }
  }

  /**
   * Validates leaf-first certificates (the root may be among them; it is left out of the path) to
   * the root with the JDK's PKIX, revocation not checked.
   *
   * @throws GeneralSecurityException if the chain does not validate
   */
  public static void validate(List<X509Certificate> chain, X509Certificate root)
      throws GeneralSecurityException {
    List<X509Certificate> path = chain.stream().filter(c -> !c.equals(root)).toList();
    CertPath certPath = factory().generateCertPath(path);
    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
    parameters.setRevocationEnabled(false);
    CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
  }

  private static CertificateFactory factory() throws GeneralSecurityException {
    return CertificateFactory.getInstance("X.509");
  }
}
