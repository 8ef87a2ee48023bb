package dev.certcentral.fake.internal.certificates;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.ValidityPeriod;
import dev.certcentral.fake.internal.ca.CheckedCsr;
import dev.certcentral.fake.internal.ca.CsrCheck;
import dev.certcentral.fake.internal.ca.LeafTemplate;
import dev.certcentral.fake.internal.ca.TestCertificateAuthority;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * One certificate the fake holds: what order info shows of it, which order it belongs to, and its
 * DER encoding. A certificate issued through the API is signed at once; one of an order given
 * through the control API is signed when first downloaded (the same serial, names and validity the
 * order shows), so creating a hundred thousand given orders costs no signatures. Only the DER is
 * kept, not a parsed certificate, which would take several times the memory.
 */
final class StoredCertificate {

  private final IssuedCertificate details;
  private final OrderId orderId;
  private final ValidityPeriod validity;
  private final String csr;
  private volatile byte[] der;

  /**
   * A certificate of an order.
   *
   * @param details what order info shows
   * @param orderId the order
   * @param validity when it is valid, to the second
   * @param csr the CSR whose key it certifies, empty for the fake's own key of given orders
   * @param der the signed certificate, or {@code null} to sign it when first needed
   */
  StoredCertificate(
      IssuedCertificate details, OrderId orderId, ValidityPeriod validity, String csr, byte[] der) {
    this.details = details;
    this.orderId = orderId;
    this.validity = validity;
    this.csr = csr;
    this.der = der;
  }

  CertificateId id() {
    return details.id();
  }

  OrderId orderId() {
    return orderId;
  }

  BigInteger serialNumber() {
    return new BigInteger(details.serialNumber(), 16);
  }

  /** The certificate, signed now if it was not yet. */
  X509Certificate certificate(TestCertificateAuthority ca, URI crlUrl) {
    byte[] encoded = der;
    if (encoded == null) {
      synchronized (this) {
        encoded = der;
        if (encoded == null) {
          encoded = sign(ca, crlUrl);
          der = encoded;
        }
      }
    }
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(encoded));
    } catch (CertificateException e) {
      throw new IllegalStateException("a certificate the fake made does not parse", e);
    }
  }

  private byte[] sign(TestCertificateAuthority ca, URI crlUrl) {
    CheckedCsr key = csr.isEmpty() ? ca.givenKey() : CsrCheck.check(csr, details.dnsNames());
    LeafTemplate template =
        new LeafTemplate(
            details.commonName(), details.dnsNames(), validity, details.signatureHash(), crlUrl);
    return ca.issue(key, template, serialNumber()).der();
  }
}
