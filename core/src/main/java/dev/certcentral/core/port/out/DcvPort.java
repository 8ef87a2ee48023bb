package dev.certcentral.core.port.out;

import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.OrderId;

/** Domain control validation of orders. */
public interface DcvPort {

  /**
   * {@code PUT /order/certificate/{order_id}/check-dcv}: asks CertCentral to look for every pending
   * domain's proof of control now. When that completes the order, it is issued.
   *
   * @return each domain's status, when every one passed
   * @throws dev.certcentral.core.domain.error.DcvCheckFailedException (or its rule-violation parent
   *     over HTTP) when a domain's proof is still missing
   */
  DcvCheck checkDcv(OrderId orderId);
}
