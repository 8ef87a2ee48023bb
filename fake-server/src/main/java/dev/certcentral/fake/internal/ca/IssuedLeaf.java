package dev.certcentral.fake.internal.ca;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.ValidityPeriod;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A leaf the test CA signed, with what order info shows of it: DigiCert prints serial numbers and
 * SHA-1 thumbprints in upper-case hex.
 */
public final class IssuedLeaf {

  private final X509Certificate certificate;
  private final LeafTemplate template;
  private final int keySize;

  IssuedLeaf(X509Certificate certificate, LeafTemplate template, int keySize) {
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.template = Objects.requireNonNull(template, "template");
    this.keySize = keySize;
  }

  /** The certificate. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** Its serial number. */
  public BigInteger serialNumber() {
    return certificate.getSerialNumber();
  }

  /** Its serial number in upper-case hex, an even number of digits, as DigiCert prints it. */
  public String serialNumberHex() {
    return hex(serialNumber());
  }

  /** A serial number as DigiCert prints it: upper-case hex, an even number of digits. */
  public static String hex(BigInteger serial) {
    String hex = serial.toString(16).toUpperCase(java.util.Locale.ROOT);
    return hex.length() % 2 == 0 ? hex : "0" + hex;
  }

  /** The certificate's DER encoding. */
  public byte[] der() {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a certificate this CA made cannot be encoded", e);
    }
  }

  /** The SHA-1 of its DER encoding in upper-case hex: DigiCert's {@code thumbprint}. */
  public String thumbprint() {
    try {
      return HexFormat.of()
          .withUpperCase()
          .formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("a certificate this CA made cannot be encoded", e);
    }
  }

  /** The names it secures, the common name first. */
  public List<String> dnsNames() {
    return template.dnsNames();
  }

  /** When it is valid. */
  public ValidityPeriod validity() {
    return template.validity();
  }

  /** The hash it is signed with. */
  public SignatureHash signatureHash() {
    return template.signatureHash();
  }

  /** The size of its public key in bits. */
  public int keySize() {
    return keySize;
  }

  /**
   * The certificate as core's order carries it, under the id the fake gives it: what {@link
   * dev.certcentral.core.domain.Order#issue} takes.
   */
  public IssuedCertificate toIssuedCertificate(CertificateId id) {
    return IssuedCertificate.builder(id)
        .serialNumber(serialNumberHex())
        .thumbprint(thumbprint())
        .commonName(template.commonName())
        .dnsNames(template.dnsNames())
        .dateIssued(template.validity().notBefore())
        .validity(template.validity())
        .signatureHash(template.signatureHash())
        .keySize(keySize)
        .build();
  }
}
