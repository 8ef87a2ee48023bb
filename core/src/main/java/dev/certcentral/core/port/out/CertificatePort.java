package dev.certcentral.core.port.out;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;

/** Issued certificates, as files. */
public interface CertificatePort {

  /** {@code GET /certificate/{certificate_id}/download/format/{format}}: any certificate. */
  CertificateDownload downloadCertificate(CertificateId certificateId, CertificateFormat format);

  /**
   * {@code GET /certificate/download/order/{order_id}/format/{format}}: the order's current
   * certificate.
   */
  CertificateDownload downloadCertificate(OrderId orderId, CertificateFormat format);
}
