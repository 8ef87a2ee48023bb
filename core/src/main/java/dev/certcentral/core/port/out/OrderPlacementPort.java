package dev.certcentral.core.port.out;

import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.SubmittedOrder;

/**
 * Placing certificate orders.
 *
 * <p>Every method throws a {@link dev.certcentral.core.domain.error.CertCentralException} subtype
 * on failure.
 */
public interface OrderPlacementPort {

  /**
   * {@code POST /order/certificate/{product_name_id}}: places an order.
   *
   * <p>Not idempotent and costs money on the real service: never resent after an ambiguous failure
   * (timeout, dropped connection); list the orders before trying again.
   *
   * @return the order's id and its new-certificate request
   * @throws dev.certcentral.core.domain.error.NotFoundException ({@code not_found|product}) for an
   *     unknown product
   * @throws dev.certcentral.core.domain.error.CsrInvalidException if the CSR is refused
   */
  SubmittedOrder placeOrder(NewOrder newOrder);
}
