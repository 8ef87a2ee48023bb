package dev.certcentral.http;

import dev.certcentral.contract.CertificateLifeContract;
import dev.certcentral.contract.CertificateLifeFixture;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.port.out.CertCentral;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The certificate-life contract against the real CertCentral, only when {@code DIGICERT_API_KEY} is
 * set (an administrator's key; {@code DIGICERT_BASE_URL} picks another region). Real orders cost
 * money, so every scenario also needs an explicit opt-in, and aborts saying so without it:
 *
 * <ul>
 *   <li>{@value #PLACE_ORDERS} set to {@code true};
 *   <li>{@value #DOMAIN}: a domain the account has validated already (a test cannot publish a DNS
 *       record or file for a real domain), ordered together with its {@code www.} name;
 *   <li>{@value #ORGANIZATION}: the id of a validated organization, for the OV product ordered.
 * </ul>
 *
 * <p>Each scenario ends the orders it placed: rejected, canceled, or revoked once issued.
 */
@EnabledIfEnvironmentVariable(
    named = CertCentralClient.API_KEY_VARIABLE,
    matches = ".+",
    disabledReason =
        "set DIGICERT_API_KEY, and opt in with "
            + RealApiCertificateLifeTest.PLACE_ORDERS
            + "=true, to run the certificate life against the real CertCentral")
class RealApiCertificateLifeTest extends CertificateLifeContract {

  /** The opt-in to placing real, paid orders. */
  static final String PLACE_ORDERS = "DIGICERT_CONTRACT_PLACE_ORDERS";

  /** The pre-validated domain to order for. */
  static final String DOMAIN = "DIGICERT_CONTRACT_DOMAIN";

  /** The validated organization to order for. */
  static final String ORGANIZATION = "DIGICERT_CONTRACT_ORGANIZATION_ID";

  private static CertCentralClient client;

  @BeforeAll
  static void connect() {
    client = CertCentralClient.builder().fromEnvironment().clientRateLimit(true).build();
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Override
  protected CertificateLifeFixture fixture() {
    return new RealFixture(System.getenv());
  }

  /** The fixture over the environment's opt-in. */
  private static final class RealFixture implements CertificateLifeFixture {

    private final Map<String, String> environment;

    RealFixture(Map<String, String> environment) {
      this.environment = environment;
    }

    @Override
    public CertCentral certCentral() {
      return client.certCentral();
    }

    @Override
    public String domain() {
      Assumptions.assumeTrue(
          "true".equals(environment.get(PLACE_ORDERS)),
          "real orders cost money: set " + PLACE_ORDERS + "=true to place them");
      return required(DOMAIN, "a domain the account has validated already");
    }

    @Override
    public long organizationId() {
      String id = required(ORGANIZATION, "the id of a validated organization");
      try {
        return Long.parseLong(id.trim());
      } catch (NumberFormatException e) {
        return Assumptions.abort(ORGANIZATION + " is not a number: " + id);
      }
    }

    @Override
    public void passDcv(OrderId orderId, String dnsName) {
      // The opt-in names a domain the account validated already: there is nothing a test can
      // publish, and CertCentral's own check (which the contract asks for next) finds it.
    }

    private String required(String variable, String what) {
      String value = environment.get(variable);
      Assumptions.assumeTrue(value != null && !value.isBlank(), "set " + variable + " to " + what);
      return value.trim();
    }
  }
}
