package dev.certcentral.http;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCategory;
import dev.certcentral.core.domain.error.RuleViolationException;

/**
 * Tells a state change that the order's or request's status refused (cancel an issued order, decide
 * a decided request) from a request CertCentral could not accept.
 *
 * <p>DigiCert documents no error code for the first: its errors page
 * (https://dev.digicert.com/en/certcentral-apis/services-api/errors.html) lists input errors such
 * as {@code bad_request_format} and {@code invalid_value:<field>}, and the state-change pages say
 * which statuses may change, not how the others are refused. So the client decides from the call
 * itself: a 4xx refusal of a state change whose request held everything DigiCert's page requires,
 * and which names no documented input error, is the state refusing it. A code only the fake sends
 * (its {@code invalid_status}) is never read; see {@code x-refusal} on each state change in
 * openapi/certcentral.yaml.
 */
final class RefusedStateChange {

  /** DigiCert's code for a body it could not read. */
  private static final String BAD_REQUEST_FORMAT = "bad_request_format";

  /** DigiCert's family of codes for a value it refused, as {@code invalid_value:validity_years}. */
  private static final String INVALID_VALUE = "invalid_value";

  private RefusedStateChange() {}

  /**
   * The failure as the caller should see it.
   *
   * @param failure how the answer was mapped by status and code
   * @param complete whether the request held everything the operation's page requires (a cancel
   *     with a note, a revoke with comments, a decision)
   * @return a {@link RuleViolationException} with the same status and errors when the state refused
   *     the change; otherwise {@code failure} unchanged. (An {@link
   *     dev.certcentral.core.domain.error.OutcomeUnknownException} stays one: its caller classifies
   *     only the last attempt's failure.)
   */
  static CertCentralException classify(CertCentralException failure, boolean complete) {
    if (failure.category() != ErrorCategory.INVALID_REQUEST
        || !complete
        || failure.errors().stream().anyMatch(RefusedStateChange::isInputError)) {
      return failure;
    }
    return new RuleViolationException(
        failure.getMessage(), failure.httpStatus().orElse(0), failure.errors(), failure);
  }

  private static boolean isInputError(DigiCertError error) {
    return error.code().equals(BAD_REQUEST_FORMAT) || error.code().startsWith(INVALID_VALUE);
  }
}
