package dev.certcentral.fake.internal.http;

import dev.certcentral.core.domain.error.DigiCertError;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Screens every call before its body is read or a route runs: a {@code Host} the fake does not
 * answer to is refused (a DNS-rebound web page must not reach even the API, whose default key is
 * public), and a method override header is removed, so a call is always what its request line says
 * (Javalin would otherwise route a GET carrying {@code X-HTTP-Method-Override: POST} as a POST).
 */
final class RequestScreen extends Handler.Wrapper {

  /** The fake's own code for a refused {@code Host}. */
  public static final String HOST_NOT_ALLOWED = "access_denied|host_not_allowed";

  static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

  private final AllowedHosts hosts;

  /** Screens calls by these hosts. */
  RequestScreen(AllowedHosts hosts) {
    this.hosts = hosts;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String host = request.getHeaders().get(HttpHeader.HOST);
    // A request without Host is HTTP/1.0 from a tool, never a browser.
    if (host != null && !hosts.allows(host)) {
      JettyErrorAnswer.write(
          response,
          callback,
          403,
          new DigiCertError(
              HOST_NOT_ALLOWED,
              "This fake does not answer to that Host name (a guard against DNS rebinding);"
                  + " start it with --allowed-host NAME to accept one."));
      return true;
    }
    if (request.getHeaders().contains(METHOD_OVERRIDE)) {
      return super.handle(new WithoutOverride(request), response, callback);
    }
    return super.handle(request, response, callback);
  }

  /** The request with its method override header removed. */
  private static final class WithoutOverride extends Request.Wrapper {
    private final HttpFields headers;

    WithoutOverride(Request request) {
      super(request);
      this.headers = HttpFields.build(request.getHeaders()).remove(METHOD_OVERRIDE).asImmutable();
    }

    @Override
    public HttpFields getHeaders() {
      return headers;
    }
  }
}
