package dev.certcentral.http;

import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.RateLimitedException;
import dev.certcentral.core.domain.error.ServiceUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns an error answer into core's typed exception by its status. Whether a 4xx to a state change
 * is the state's refusal depends on the call, not on a code: {@link RefusedStateChange} decides it
 * where the call is known.
 */
final class ErrorMapping {

  private final JsonDecoder decoder;

  ErrorMapping(JsonDecoder decoder) {
    this.decoder = decoder;
  }

  CertCentralException toException(RawAnswer answer, String call) {
    List<DigiCertError> errors = errorsOf(answer);
    String detail =
        errors.isEmpty()
            ? "body: " + decoder.excerpt(answer)
            : errors.stream()
                .map(e -> e.code() + (e.message().isEmpty() ? "" : " (" + e.message() + ")"))
                .collect(Collectors.joining("; "));
    String message = call + " failed with HTTP " + answer.status() + ": " + detail;
    int status = answer.status();
    if (status == 401 || status == 403) {
      return new AccessDeniedException(message, status, errors, null);
    }
    if (status == 404) {
      return new NotFoundException(message, status, errors, null);
    }
    if (status == 429) {
      return new RateLimitedException(message, status, errors, null);
    }
    if (status >= 500) {
      return new ServiceUnavailableException(message, status, errors, null);
    }
    if (status >= 400) {
      return new InvalidRequestException(message, status, errors, null);
    }
    return decoder.unexpected(answer, call + " answered an unexpected status", null);
  }

  private List<DigiCertError> errorsOf(RawAnswer answer) {
    Wire.ErrorBodyDto body = decoder.decodeOrNull(answer, Wire.ErrorBodyDto.class);
    List<DigiCertError> errors = new ArrayList<>();
    if (body != null && body.errors() != null) {
      for (Wire.ErrorDto error : body.errors()) {
        if (error != null && error.code() != null) {
          errors.add(new DigiCertError(error.code(), error.message()));
        }
      }
    }
    return errors;
  }
}
