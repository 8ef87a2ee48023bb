package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.OrderId;
import java.util.List;

/**
 * A DCV check found no proof of control for one or more of the order's domains. DigiCert answers
 * 400 with a code that depends on the method
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/dv-ssl--check-dcv.html): {@code
 * invalid_dns_txt}, {@code file_random_value_not_found}, or {@code invalid_dns_method} for an order
 * validated by e-mail.
 */
public class DcvCheckFailedException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> pendingNames;

  private DcvCheckFailedException(String code, String message, List<String> pendingNames) {
    super(message, 0, List.of(new DigiCertError(code, message)), null);
    this.pendingNames = List.copyOf(pendingNames);
  }

  /**
   * Creates the exception from CertCentral's answer, as a client reads it: DigiCert does not say
   * which names are missing, so {@link #pendingNames()} is empty.
   */
  public DcvCheckFailedException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
    this.pendingNames = List.of();
  }

  /** The failure of a check on {@code orderId}, whose domains use {@code method}. */
  public static DcvCheckFailedException of(
      OrderId orderId, DcvMethod method, List<String> pendingNames) {
    String names = " (order " + orderId + ": " + String.join(", ", pendingNames) + ")";
    switch (method) {
      case DNS_TXT_TOKEN:
      case DNS_CNAME_TOKEN:
        return new DcvCheckFailedException(
            ErrorCodes.INVALID_DNS_TXT,
            "Could not find a valid TXT record for one or more domains." + names,
            pendingNames);
      case HTTP_TOKEN:
        return new DcvCheckFailedException(
            ErrorCodes.FILE_RANDOM_VALUE_NOT_FOUND,
            "Could not find the random value at the expected file location for one or more"
                + " domains."
                + names,
            pendingNames);
      default:
        return new DcvCheckFailedException(
            ErrorCodes.INVALID_DNS_METHOD,
            "The order's domains are validated by e-mail, which a check cannot complete." + names,
            pendingNames);
    }
  }

  /** The names still without proof of control, when known (the fake knows, a client does not). */
  public List<String> pendingNames() {
    return pendingNames;
  }
}
