package dev.certcentral.core.domain.error;

import java.util.List;

/** CertCentral answered with a server error (5xx); whether it acted depends on the status. */
public class ServiceUnavailableException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its HTTP status (0 if none), DigiCert errors and cause. */
  public ServiceUnavailableException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.SERVICE_UNAVAILABLE;
  }
}
