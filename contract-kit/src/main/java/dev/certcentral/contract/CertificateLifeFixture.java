package dev.certcentral.contract;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.port.out.CertCentral;
import java.time.Duration;

/**
 * What the {@link CertificateLifeContract} needs from an implementation under test: the ports, the
 * names and organization it orders certificates for, and the one step that differs between a fake
 * and the real CertCentral, making a name pass domain control validation.
 *
 * <p>A fixture for the real API aborts with {@link org.junit.jupiter.api.Assumptions#abort(String)}
 * in {@link #domain()} unless its user opted in to placing (paid) orders, and in {@link #passDcv}
 * unless the account's domains are validated already.
 */
public interface CertificateLifeFixture {

  /**
   * The implementation, acting with an administrator's key.
   *
   * @return the implementation under test
   */
  CertCentral certCentral();

  /**
   * The name the contract orders certificates for: it orders the name itself and {@code www.} in
   * front of it. The contract calls it before placing anything, so a fixture that must not place
   * orders aborts here.
   *
   * @return a domain name, lower case
   */
  String domain();

  /**
   * Makes DCV pass for one name of an order waiting for it: a fake is told the token is in place; a
   * real account must hold the domain validated already.
   *
   * @param orderId the order, {@code pending} after its request was approved
   * @param dnsName one of its names still pending
   */
  void passDcv(OrderId orderId, String dnsName);

  /**
   * The product ordered: {@code ssl_basic} unless the fixture says otherwise.
   *
   * @return a product's {@code name_id}
   */
  default String productNameId() {
    return "ssl_basic";
  }

  /**
   * The organization ordered for: the default product is OV, so it needs one. A fake takes any id;
   * on the real API it is one of the account's validated organizations.
   *
   * @return the organization's id
   */
  long organizationId();

  /**
   * How long the contract waits for a certificate once DCV has passed: five minutes, DigiCert's
   * usual time and more; a fake that issues at once may say less, so a broken one fails quickly.
   *
   * @return the longest wait
   */
  default Duration issuanceTimeout() {
    return Duration.ofMinutes(5);
  }
}
