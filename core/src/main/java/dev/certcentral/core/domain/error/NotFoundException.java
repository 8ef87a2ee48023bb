package dev.certcentral.core.domain.error;

import java.util.List;

/** The order, request or route does not exist or is not visible to the key (404). */
public class NotFoundException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its HTTP status (0 if none), DigiCert errors and cause. */
  public NotFoundException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.NOT_FOUND;
  }
}
