package dev.certcentral.core.domain.error;

import java.util.List;

/**
 * CertCentral (or something in front of it) answered with a body this library cannot read: a
 * proxy's HTML page, a truncated JSON document, an empty body where one was documented.
 */
public class UnexpectedResponseException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  private final String bodyExcerpt;

  /**
   * Creates the exception.
   *
   * @param message what was expected and not found
   * @param httpStatus the HTTP status of the response
   * @param bodyExcerpt the first characters of the body, for diagnosis
   * @param cause the parse failure, or {@code null}
   */
  public UnexpectedResponseException(
      String message, int httpStatus, String bodyExcerpt, Throwable cause) {
    super(
        message + " (HTTP " + httpStatus + ", body: " + bodyExcerpt + ")",
        httpStatus,
        List.of(),
        cause);
    this.bodyExcerpt = bodyExcerpt;
  }

  /**
   * Creates the exception for content that arrived whole but cannot be read, such as a download
   * holding no certificate.
   *
   * @param message what was expected and not found
   * @param bodyExcerpt the first characters of the content, for diagnosis
   * @param cause the parse failure, or {@code null}
   */
  public UnexpectedResponseException(String message, String bodyExcerpt, Throwable cause) {
    super(message + " (content: " + bodyExcerpt + ")", 0, List.of(), cause);
    this.bodyExcerpt = bodyExcerpt;
  }

  /** The first characters of the response body. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.UNEXPECTED_RESPONSE;
  }
}
