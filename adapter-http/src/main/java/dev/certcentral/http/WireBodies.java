package dev.certcentral.http;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderValidity;

/**
 * From core's order forms to the bodies CertCentral documents for placing an order and reissuing
 * one (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html,
 * https://dev.digicert.com/en/certcentral-apis/services-api/orders/reissue-certificate.html). A
 * value the caller left at its default is left out, so CertCentral applies its own: on a reissue
 * that keeps the order's common name, names and server platform.
 */
final class WireBodies {

  private WireBodies() {}

  /**
   * The placement body. The validity always goes as {@code order_validity}: {@link NewOrder} reads
   * the legacy {@code validity_years} into it, and DigiCert's current pages send only the object.
   */
  static Wire.NewOrderBody newOrder(NewOrder order) {
    OrderValidity validity = order.validity();
    return new Wire.NewOrderBody(
        certificate(order.certificate()),
        order.organizationId().isPresent()
            ? new Wire.IdBody(order.organizationId().getAsLong())
            : null,
        new Wire.ValidityBody(positiveOrNull(validity.years()), positiveOrNull(validity.days())),
        order.comments().isEmpty() ? null : order.comments(),
        order.skipApproval() ? Boolean.TRUE : null,
        order.dcvMethod().value());
  }

  /** The reissue body: a new CSR and whatever else the caller changed. */
  static Wire.ReissueBody reissue(CertificateDetails details) {
    return new Wire.ReissueBody(certificate(details));
  }

  private static Wire.CertificateBody certificate(CertificateDetails details) {
    return new Wire.CertificateBody(
        details.commonName().isEmpty() ? null : details.commonName(),
        details.dnsNames().isEmpty() ? null : details.dnsNames(),
        details.csr(),
        details.signatureHash().value(),
        details.serverPlatformId() == CertificateDetails.OTHER_SERVER_PLATFORM
            ? null
            : new Wire.IdBody(details.serverPlatformId()));
  }

  private static Integer positiveOrNull(int value) {
    return value > 0 ? value : null;
  }
}
