package dev.certcentral.fake.internal.certificates;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.fake.internal.ca.TestCertificateAuthority;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.State;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/** Certificates as one caller sees them: downloads by certificate or by order, and chains. */
public final class Certificates {

  private final State state;
  private final Account account;

  /** The certificates the caller's key sees. */
  public Certificates(Caller caller) {
    this.state = caller.state();
    this.account = caller.account();
  }

  /**
   * {@code GET /certificate/{certificate_id}/download/format/{format}}: any certificate of the
   * account, current or replaced.
   *
   * @throws NotFoundException {@code not_found} for a certificate the key cannot see, {@code
   *     not_found|route} for a format DigiCert does not know
   */
  public CertificateDownload download(CertificateId id, CertificateFormat format) {
    return state.ca().download(certificate(id), known(format));
  }

  /**
   * {@code GET /certificate/download/order/{order_id}/format/{format}}: the order's current
   * certificate.
   *
   * @throws NotFoundException {@code not_found|order} for an order the key cannot see, {@code
   *     not_found} for one without a certificate yet
   */
  public CertificateDownload download(OrderId orderId, CertificateFormat format) {
    return download(currentOf(orderId), format);
  }

  /** {@code GET /certificate/{certificate_id}/chain}: the leaf, the intermediate and the root. */
  public List<X509Certificate> chain(CertificateId id) {
    return state.ca().chain(certificate(id));
  }

  /** The certificate, signed now if it was an unsigned given one. */
  X509Certificate certificate(CertificateId id) {
    return account.table(CertificateBook.TABLE).find(id).certificate(state.ca(), state.crlUrl());
  }

  /** The id of the order's current certificate. */
  public CertificateId currentOf(OrderId orderId) {
    Order order = account.findOrder(orderId);
    return order
        .certificate()
        .map(IssuedCertificate::id)
        .orElseThrow(
            () ->
                CertificateBook.notFound(
                    "order " + orderId + " (" + order.rawStatus() + ") has no certificate yet"));
  }

  /** The CRL of every serial the fake revoked, signed now by the intermediate. */
  public static X509CRL crl(State state) {
    return state.ca().crl(state.table(RevokedSerials.TABLE).all(), state.clock().instant());
  }

  /** The test CA's root, the one certificate a trust store needs. */
  public static X509Certificate root(State state) {
    TestCertificateAuthority ca = state.ca();
    return ca.root();
  }

  private static CertificateFormat known(CertificateFormat format) {
    if (format == CertificateFormat.UNKNOWN) {
      String message = "no such certificate format";
      throw new NotFoundException(
          message, 0, List.of(new DigiCertError(ErrorCodes.ROUTE_NOT_FOUND, message)), null);
    }
    return format;
  }
}
