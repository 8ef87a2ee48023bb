package dev.certcentral.http;

import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.OutcomeUnknownException;
import dev.certcentral.core.domain.error.RateLimitedException;
import dev.certcentral.core.domain.error.ServiceUnavailableException;
import dev.certcentral.core.domain.error.TransportException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a failed attempt into core's typed exception: an error answer by its status (never by a
 * code only the fake sends; {@link RefusedStateChange} tells a state's refusal from the call), a
 * network failure by what it proves about CertCentral having acted. Text from the answer reaches a
 * message only through the key's redaction.
 */
final class ErrorMapping {

  /** What a caller must do when a write may or may not have been applied. */
  static final String CHECK_FIRST =
      "check the order's state (or list the requests) before sending it again";

  private final JsonDecoder decoder;
  private final KeyRedaction redaction;

  ErrorMapping(JsonDecoder decoder, KeyRedaction redaction) {
    this.decoder = decoder;
    this.redaction = redaction;
  }

  CertCentralException toException(RawAnswer answer, String call) {
    int status = answer.status();
    if (status < 400) {
      return redirected(answer, call);
    }
    List<DigiCertError> errors = errorsOf(answer);
    String detail =
        errors.isEmpty()
            ? "body: " + decoder.excerpt(answer)
            : errors.stream()
                .map(e -> e.code() + (e.message().isEmpty() ? "" : " (" + e.message() + ")"))
                .collect(Collectors.joining("; "));
    String message = call + " failed with HTTP " + status + ": " + detail;
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
    // Whether a 4xx to a state change is the state's refusal depends on the call, not on a code:
    // RefusedStateChange decides that where the call is known.
    return new InvalidRequestException(message, status, errors, null);
  }

  /**
   * A network failure. Only a refused connection proves a write was not applied; after a timeout or
   * a broken connection CertCentral may have acted on it.
   */
  CertCentralException transportFailure(String call, IOException e, Idempotency idempotency) {
    String what =
        e instanceof InterruptedIOException
            ? "timed out"
            : "failed: " + e.getClass().getSimpleName();
    String advice =
        e instanceof ConnectException || !idempotency.changesState()
            ? ""
            : "; CertCentral may have acted on it, so " + CHECK_FIRST;
    return new TransportException(call + " " + what + advice, 0, List.of(), redaction.scrub(e));
  }

  /**
   * The last failure of a write that was sent again after an attempt CertCentral may have applied:
   * the last failure (a refusal because the first attempt's request now exists, say) must not read
   * as the whole story.
   */
  OutcomeUnknownException outcomeUnknown(
      String call, int attempts, String ambiguousAttempt, CertCentralException last) {
    return new OutcomeUnknownException(
        call
            + " was sent "
            + attempts
            + " times and the last attempt failed ("
            + last.getMessage()
            + "); "
            + ambiguousAttempt
            + ", after which CertCentral may have acted, so an earlier attempt may have been"
            + " applied: "
            + CHECK_FIRST,
        last);
  }

  /**
   * CertCentral's API never redirects, and the client follows no redirect: the key and a write's
   * body would go along to wherever it points. (No other status below 400 reaches here: OkHttp
   * handles the informational ones itself.)
   */
  private UnexpectedResponseException redirected(RawAnswer answer, String call) {
    String what =
        call
            + " answered HTTP "
            + answer.status()
            + " with Location: "
            + answer.location().orElse("(none)")
            + "; CertCentral's API does not redirect, and the client follows no redirect";
    return decoder.unexpected(answer, what, null);
  }

  private List<DigiCertError> errorsOf(RawAnswer answer) {
    Wire.ErrorBodyDto body = decoder.decodeOrNull(answer, Wire.ErrorBodyDto.class);
    List<DigiCertError> errors = new ArrayList<>();
    if (body != null && body.errors() != null) {
      for (Wire.ErrorDto error : body.errors()) {
        if (error != null && error.code() != null) {
          String message = error.message() == null ? "" : redaction.redact(error.message());
          errors.add(new DigiCertError(redaction.redact(error.code()), message));
        }
      }
    }
    return errors;
  }
}
