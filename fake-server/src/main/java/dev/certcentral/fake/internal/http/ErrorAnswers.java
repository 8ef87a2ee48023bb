package dev.certcentral.fake.internal.http;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the fake answers, in DigiCert's {@code {"errors":[...]}} format: no HTML page, no
 * stack trace, and a 4xx for anything the client sent wrong. The status follows the exception's
 * {@link dev.certcentral.core.domain.error.ErrorCategory}.
 */
public final class ErrorAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

  private ErrorAnswers() {}

  /** Installs the exception handlers, for what fails outside a route's own wrapper. */
  public static void register(JavalinConfig config) {
    config.routes.exception(CertCentralException.class, (e, ctx) -> answer(ctx, e));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e));
    config.routes.exception(Exception.class, (e, ctx) -> answer(ctx, e));
  }

  /** Answers a failure: the client's fault as a 4xx, a bug in the fake as a logged 500. */
  public static void answer(Context ctx, Exception failure) {
    if (failure instanceof CertCentralException e) {
      answer(ctx, statusOf(e), e.errors());
    } else if (failure instanceof HttpResponseException e) {
      framework(e, ctx);
    } else {
      LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), failure);
      answer(
          ctx, 500, List.of(new DigiCertError("internal_error", "The fake failed unexpectedly.")));
    }
  }

  /** Writes a DigiCert error body with the status. */
  public static void answer(Context ctx, int status, List<DigiCertError> errors) {
    List<DigiCertError> body =
        errors.isEmpty() ? List.of(new DigiCertError("error", "request failed")) : errors;
    Responses.json(ctx, status, json -> DigiCertJson.errors(json, body));
  }

  static int statusOf(CertCentralException e) {
    switch (e.category()) {
      case ACCESS_DENIED:
        return 403;
      case NOT_FOUND:
        return 404;
      case INVALID_REQUEST:
      case RULE_VIOLATION:
        return 400;
      case RATE_LIMITED:
        return 429;
      default:
        return e.httpStatus().orElse(500);
    }
  }

  /** Javalin's own refusals: no route, wrong method, body too large, unreadable body. */
  private static void framework(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == 404 || status == 405) {
      answer(
          ctx,
          404,
          List.of(new DigiCertError(ErrorCodes.ROUTE_NOT_FOUND, "No route " + ctx.path())));
    } else if (status == 413 || status == 400) {
      answer(
          ctx,
          400,
          List.of(
              new DigiCertError(
                  ErrorCodes.BAD_REQUEST_FORMAT,
                  status == 413 ? "The request body is too large." : "Malformed request.")));
    } else {
      answer(ctx, status, List.of(new DigiCertError("request_error", "HTTP " + status)));
    }
  }
}
