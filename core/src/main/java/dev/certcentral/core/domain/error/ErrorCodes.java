package dev.certcentral.core.domain.error;

/**
 * The DigiCert error codes this library knows by name.
 *
 * <p>Every code here is DigiCert's where DigiCert's Services API errors page
 * (https://dev.digicert.com/en/certcentral-apis/services-api/errors.html) or another of its pages
 * names one that fits; the rest are the fake's own, each says so below, and README lists them ("The
 * fake's own error codes").
 *
 * <p>Each code's source is in openapi/certcentral.yaml ({@code x-error-catalogue}): DigiCert's
 * errors page, another DigiCert page, a public client's traffic, or the fake's own ({@code
 * x-fake-decision}). DigiCert documents no code for an illegal status change; {@link
 * #INVALID_STATUS} is the fake's, and the HTTP client never reads it: it classifies a refused state
 * change from the call (a unit test in adapter-http guards that no fake code is read there).
 */
public final class ErrorCodes {

  /**
   * Missing or unknown API key (DigiCert answers 403, not 401). Not on the errors page; seen in a
   * public client's traffic (Venafi's DigiCert driver).
   */
  public static final String INVALID_KEY = "access_denied|access_denied_invalid_key";

  /** The key is valid but its user may not perform the action. */
  public static final String MISSING_PERMISSION = "access_denied|missing_permission";

  /** No order with that id is visible to the key. */
  public static final String ORDER_NOT_FOUND = "not_found|order";

  /**
   * No request with that id is visible to the key. DigiCert's generic {@code not_found}: the errors
   * page (https://dev.digicert.com/en/certcentral-apis/services-api/errors.html) names order-,
   * product- and route-specific 404 codes but none for a request, so the fake no longer invents
   * {@code not_found|request}.
   */
  public static final String REQUEST_NOT_FOUND = "not_found";

  /**
   * No certificate with that id is visible to the key, or the order has none yet. DigiCert's
   * generic {@code not_found}, for the same reason as {@link #REQUEST_NOT_FOUND}: the errors page
   * names no certificate-specific 404 code.
   */
  public static final String CERTIFICATE_NOT_FOUND = "not_found";

  /** No such route. */
  public static final String ROUTE_NOT_FOUND = "not_found|route";

  /** The body was not valid JSON or had fields of the wrong type. */
  public static final String BAD_REQUEST_FORMAT = "bad_request_format";

  /**
   * A required parameter was missing or blank. The fake's own: the part of DigiCert's errors page
   * we could read names no code for it.
   */
  public static final String MISSING_PARAM = "missing_param";

  /**
   * A parameter had a value outside its allowed set. The fake's own: DigiCert documents {@code
   * invalid_value:<field>} for order validity only.
   */
  public static final String INVALID_PARAM = "invalid_param";

  /**
   * The prefix of DigiCert's code for a validity out of range, followed by the unit the order used:
   * {@code invalid_value:validity_years}, {@code invalid_value:validity_days}, whether the unit
   * came in {@code order_validity} or at the body's root
   * (https://dev.digicert.com/en/certcentral-apis/services-api/api-changes/end-of-4-6-year-multi-year-plans-for-public-tls-ssl-and-vmc-certificates.html).
   */
  public static final String INVALID_VALUE_PREFIX = "invalid_value:";

  /**
   * The requested status change is not allowed from the current status. The fake's own: DigiCert
   * documents which statuses allow a change but no code for a refusal, so the client classifies it
   * from the call and never reads this code.
   */
  public static final String INVALID_STATUS = "invalid_status";

  /** Too many requests for this key in the rolling window. */
  public static final String RATE_LIMITED = "request_limit_exceeded";

  /** No product with that {@code name_id} (DigiCert's errors page). */
  public static final String PRODUCT_NOT_FOUND = "not_found|product";

  /** The CSR could not be read at all (DigiCert's errors page). */
  public static final String CSR_INVALID_CANNOT_PARSE = "csr_invalid_cannot_parse";

  /**
   * The CSR's own signature does not verify. The fake's own code, in DigiCert's {@code
   * csr_invalid_*} family: the part of DigiCert's errors page we could read names no finer code.
   */
  public static final String CSR_INVALID_SIGNATURE = "csr_invalid_signature";

  /** The CSR's key is too small or on a curve not accepted (the fake's own, as above). */
  public static final String CSR_INVALID_KEY_SIZE = "csr_invalid_key_size";

  /** The CSR's key is neither RSA nor EC (the fake's own, as above). */
  public static final String CSR_INVALID_KEY_TYPE = "csr_invalid_key_type";

  /** The CSR's common name is not one of the order's names (the fake's own, as above). */
  public static final String CSR_INVALID_COMMON_NAME = "csr_invalid_common_name";

  /** A DNS name in the CSR is not one of the order's names (the fake's own, as above). */
  public static final String CSR_INVALID_DNS_NAMES = "csr_invalid_dns_names";

  /** Check-DCV found no valid TXT record for a domain (DigiCert's check-DCV page). */
  public static final String INVALID_DNS_TXT = "invalid_dns_txt";

  /** Check-DCV found no random value at the file location (DigiCert's check-DCV page). */
  public static final String FILE_RANDOM_VALUE_NOT_FOUND = "file_random_value_not_found";

  /** Check-DCV was asked for an order whose method a check cannot complete (check-DCV page). */
  public static final String INVALID_DNS_METHOD = "invalid_dns_method";

  private ErrorCodes() {}
}
