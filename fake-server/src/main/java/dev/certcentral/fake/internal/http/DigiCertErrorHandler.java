package dev.certcentral.fake.internal.http;

import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a header block or URI too large, a request its parser cannot read, a body
 * that never arrived, a call during shutdown) in DigiCert's JSON error format instead of Jetty's
 * HTML page, for every method and whatever the client accepts.
 */
final class DigiCertErrorHandler extends ErrorHandler {

  /** The fake's own code for a body that did not arrive in time; DigiCert documents none. */
  public static final String REQUEST_TIMEOUT = "request_timeout";

  /** The fake's code for a call refused while it shuts down (as for an injected 503). */
  public static final String SERVICE_UNAVAILABLE = "service_unavailable";

  private static final int LONGEST_DETAIL = 120;

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    // An unreadable request line is the client's fault whatever Jetty thinks: "HTTP/9.9" is a
    // malformed request to this server, never a server error.
    int status = code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? 400 : code;
    JettyErrorAnswer.write(response, callback, status, errorFor(status, detail(code, message)));
  }

  private static DigiCertError errorFor(int status, String detail) {
    switch (status) {
      case 404:
        return new DigiCertError(ErrorCodes.ROUTE_NOT_FOUND, detail);
      case 408:
        return new DigiCertError(REQUEST_TIMEOUT, detail);
      case 503:
        return new DigiCertError(SERVICE_UNAVAILABLE, "The fake is shutting down.");
      default:
        return status >= 500
            ? new DigiCertError("internal_error", "The fake failed unexpectedly.")
            : new DigiCertError(ErrorCodes.BAD_REQUEST_FORMAT, detail);
    }
  }

  /** Jetty's reason when it is a short fixed text; the status's name otherwise. */
  private static String detail(int code, String message) {
    String reason = HttpStatus.getMessage(code);
    if (message == null
        || message.isBlank()
        || message.length() > LONGEST_DETAIL
        || message.contains("Exception")
        || !message.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return reason;
    }
    return message;
  }
}
