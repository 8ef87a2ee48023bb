package dev.certcentral.contract;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.port.out.CertCentral;

/**
 * What the {@link CertCentralContract} needs from an implementation under test.
 *
 * <p>A fixture for the real API cannot create orders in a chosen status; it aborts those scenarios
 * with {@link org.junit.jupiter.api.Assumptions#abort(String)} instead.
 */
public interface CertCentralFixture {

  /**
   * The implementation, acting with an administrator's key.
   *
   * @return the implementation under test
   */
  CertCentral certCentral();

  /**
   * Creates a fresh order in the given status, visible to {@link #certCentral()}. An order in
   * {@code reissue_pending} gets an open reissue request; one in {@code needs_approval} gets an
   * open new-certificate request.
   *
   * @param status the status the new order is in
   * @return the new order's id
   */
  OrderId givenOrder(OrderStatus status);
}
