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

  @Override
  public ErrorCategory category() {
    return ErrorCategory.INVALID_REQUEST;
  }
}
