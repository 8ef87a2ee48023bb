package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.OrderId;
import java.util.Objects;

/**
 * Reissue an order's certificate.
 *
 * @param orderId the order
 * @param certificate the new CSR and, optionally, names; left-out names keep the order's
 */
public record ReissueOrderCommand(OrderId orderId, CertificateDetails certificate) {

  /** Refuses missing parts. */
  public ReissueOrderCommand {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(certificate, "certificate");
  }
}
