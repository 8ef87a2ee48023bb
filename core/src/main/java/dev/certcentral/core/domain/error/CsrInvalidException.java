package dev.certcentral.core.domain.error;

import java.util.List;

/**
 * The order's CSR was refused: it does not parse, its signature does not verify, its key is of a
 * type or size not accepted, or its names are not the order's. The code is one of the {@code
 * csr_invalid_*} family in {@link ErrorCodes}.
 */
public class CsrInvalidException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its HTTP status (0 if none), DigiCert errors and cause. */
  public CsrInvalidException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(message, httpStatus, errors, cause);
  }

  /** Creates the exception with the DigiCert code, a message a user can act on, and the cause. */
  public CsrInvalidException(String code, String message, Throwable cause) {
    this(message, 0, List.of(new DigiCertError(code, message)), cause);
  }

  /** Creates the exception with the DigiCert code and a message a user can act on. */
  public CsrInvalidException(String code, String message) {
    this(code, message, null);
  }
}
