package dev.certcentral.fake.web;

import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.List;

/** The request body was not JSON, or not of the shape the endpoint takes: DigiCert's 400. */
public final class JsonBodyException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_DETAIL = 200;

  public JsonBodyException(String message) {
    super(
        shorten(message),
        0,
        List.of(new DigiCertError(ErrorCodes.BAD_REQUEST_FORMAT, shorten(message))),
        null);
  }

  private static String shorten(String message) {
    String text = message == null ? "malformed body" : message;
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }
}
