package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;

/**
 * Download a certificate in one of DigiCert's formats: a given certificate, or an order's current
 * one.
 *
 * @param certificateId the certificate, or empty to take the order's
 * @param orderId the order whose current certificate to take, or empty
 * @param format the format; not {@link CertificateFormat#UNKNOWN}
 */
public record DownloadCertificateCommand(
    Optional<CertificateId> certificateId, Optional<OrderId> orderId, CertificateFormat format) {

  /** Refuses both or neither target, and an unknown format. */
  public DownloadCertificateCommand {
    certificateId = Objects.requireNonNullElse(certificateId, Optional.empty());
    orderId = Objects.requireNonNullElse(orderId, Optional.empty());
    if (certificateId.isPresent() == orderId.isPresent()) {
      throw InvalidRequestException.invalidParameter(
          "certificate_id", "name either a certificate or an order");
    }
    if (format == null || format == CertificateFormat.UNKNOWN) {
      throw InvalidRequestException.invalidParameter("format", "must be a known format");
    }
  }

  /** Download this certificate. */
  public static DownloadCertificateCommand of(
      CertificateId certificateId, CertificateFormat format) {
    return new DownloadCertificateCommand(Optional.of(certificateId), Optional.empty(), format);
  }

  /** Download this order's current certificate. */
  public static DownloadCertificateCommand ofOrder(OrderId orderId, CertificateFormat format) {
    return new DownloadCertificateCommand(Optional.empty(), Optional.of(orderId), format);
  }
}
