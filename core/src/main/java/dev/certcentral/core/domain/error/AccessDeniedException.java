package dev.certcentral.core.domain.error;

import java.util.List;

/** The key is missing, unknown, or lacks the permission for the action (DigiCert answers 403). */
public class AccessDeniedException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its HTTP status (0 if none), DigiCert errors and cause. */
  public AccessDeniedException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.ACCESS_DENIED;
  }
}
