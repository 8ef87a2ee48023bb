package dev.certcentral.core.domain.error;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Root of every exception this library throws: a broken rule, a refusal by CertCentral or a failure
 * to reach it.
 *
 * <p>It carries the HTTP status when there was a response, and DigiCert's error entries when the
 * body had them. It never carries the API key.
 */
public class CertCentralException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final transient List<DigiCertError> errors;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, in words a user can act on
   * @param httpStatus the HTTP status of the response, or 0 when there was none
   * @param errors DigiCert's error entries, possibly empty
   * @param cause the underlying failure, or {@code null}
   */
  public CertCentralException(
      String message, int httpStatus, List<DigiCertError> errors, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.httpStatus = httpStatus;
    this.errors = List.copyOf(errors);
  }

  /** Creates an exception for a broken rule with one DigiCert error and no HTTP status. */
  public CertCentralException(String message, DigiCertError error) {
    this(message, 0, List.of(error), null);
  }

  /** What kind of failure this is; subclasses name their own. */
  public ErrorCategory category() {
    return ErrorCategory.OTHER;
  }

  /** The HTTP status of the response that caused this, if there was a response. */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** DigiCert's error entries, empty when the response had none. */
  public List<DigiCertError> errors() {
    return errors;
  }

  /** Whether one of the error entries has exactly this code. */
  public boolean hasErrorCode(String code) {
    return errors.stream().anyMatch(error -> error.code().equals(code));
  }

  /** The first error code, or an empty string: handy for one-line reports. */
  public String primaryErrorCode() {
    return errors.isEmpty() ? "" : errors.get(0).code();
  }

  @Override
  public String toString() {
    String codes = errors.stream().map(DigiCertError::code).collect(Collectors.joining(","));
    return getClass().getSimpleName()
        + "{status="
        + (httpStatus == 0 ? "none" : httpStatus)
        + ", codes=["
        + codes
        + "], message="
        + getMessage()
        + "}";
  }
}
