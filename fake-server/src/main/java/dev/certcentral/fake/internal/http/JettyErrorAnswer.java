package dev.certcentral.fake.internal.http;

import dev.certcentral.core.domain.error.DigiCertError;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes a DigiCert error body from Jetty's own handlers, which run before any route and so outside
 * Javalin's exception handlers.
 */
final class JettyErrorAnswer {

  private JettyErrorAnswer() {}

  static void write(Response response, Callback callback, int status, DigiCertError error) {
    byte[] body = DigiCertJson.bytes(json -> DigiCertJson.errors(json, List.of(error)));
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
