package dev.certcentral.core.port.out;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.SubmittedOrder;

/** Reissuing an order's certificate. */
public interface ReissuePort {

  /**
   * {@code POST /order/certificate/{order_id}/reissue}: asks for a new certificate with a new CSR
   * and, optionally, changed names. The order becomes {@code reissue_pending}.
   *
   * <p>Not idempotent: never resent after an ambiguous failure.
   *
   * @return the order's id and its new reissue request
   * @throws dev.certcentral.core.domain.error.OrderNotReissuableException (or its rule-violation
   *     parent over HTTP) unless the order is issued with no revoke pending
   */
  SubmittedOrder reissueOrder(OrderId orderId, CertificateDetails certificate);
}
