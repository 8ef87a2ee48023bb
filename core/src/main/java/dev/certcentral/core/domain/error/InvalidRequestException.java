package dev.certcentral.core.domain.error;

import java.util.List;

/** The request was malformed or a parameter was missing or invalid (400); nothing changed. */
public class InvalidRequestException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its HTTP status (0 if none), DigiCert errors and cause. */
  public InvalidRequestException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
  }

  /** A required parameter was missing or blank; raised before anything changes. */
  public static InvalidRequestException missingParameter(String name) {
    return new InvalidRequestException(
        "'" + name + "' is required and must not be blank",
        0,
        List.of(new DigiCertError(ErrorCodes.MISSING_PARAM, name + " is required")),
        null);
  }

  /** A parameter had a value outside its allowed set. */
  public static InvalidRequestException invalidParameter(String name, String why) {
    return new InvalidRequestException(
        "'" + name + "' is invalid: " + why,
        0,
        List.of(new DigiCertError(ErrorCodes.INVALID_PARAM, name + ": " + why)),
        null);
  }

  /**
   * A validity outside DigiCert's range, with DigiCert's code and message: {@code
   * invalid_value:<unit>}, "{@code <unit>} contains an invalid value."
   *
   * @param unit {@code validity_years} or {@code validity_days}, whichever the order used
   */
  public static InvalidRequestException invalidValue(String unit, String why) {
    return new InvalidRequestException(
        "'" + unit + "' is invalid: " + why,
        0,
        List.of(
            new DigiCertError(
                ErrorCodes.INVALID_VALUE_PREFIX + unit, unit + " contains an invalid value.")),
        null);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.INVALID_REQUEST;
  }
}
