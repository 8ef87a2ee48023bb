package dev.certcentral.core.domain.error;

import java.util.List;

/**
 * CertCentral could not be reached or the connection failed; for a write, the outcome is unknown.
 */
public class TransportException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its HTTP status (0 if none), DigiCert errors and cause. */
  public TransportException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.TRANSPORT;
  }
}
