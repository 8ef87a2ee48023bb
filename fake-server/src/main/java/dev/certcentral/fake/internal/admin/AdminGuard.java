package dev.certcentral.fake.internal.admin;

import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.internal.control.AdminToken;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may use the control API: the token's holder when there is a token, and, for writes, only a
 * client that sends {@code application/json}. A web page can post {@code text/plain}, a form or an
 * empty body to any address without asking, but JSON needs a CORS preflight the fake never grants.
 */
final class AdminGuard {

  private final Optional<AdminToken> token;

  AdminGuard(Optional<AdminToken> token) {
    this.token = token;
  }

  /** A read: the token is checked. */
  Handler read(Handler handler) {
    return ctx -> {
      checkToken(ctx);
      handler.handle(ctx);
    };
  }

  /** A write: the token and the content type are checked. */
  Handler write(Handler handler) {
    return ctx -> {
      checkToken(ctx);
      checkJson(ctx);
      handler.handle(ctx);
    };
  }

  private void checkToken(Context ctx) {
    if (token.isPresent() && !token.get().matches(ctx.header(AdminToken.HEADER))) {
      throw new AccessDeniedException(
          "missing or wrong admin token",
          0,
          List.of(
              new DigiCertError(
                  ErrorCodes.INVALID_KEY,
                  "The admin API needs this fake's token in the "
                      + AdminToken.HEADER
                      + " header.")),
          null);
    }
  }

  private static void checkJson(Context ctx) {
    String type = ctx.header("Content-Type");
    String mime = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mime.equals("application/json")) {
      String message =
          "Admin writes take Content-Type: application/json only, even with an empty body.";
      throw new CertCentralException(
          message, 415, List.of(new DigiCertError(ErrorCodes.BAD_REQUEST_FORMAT, message)), null);
    }
  }
}
