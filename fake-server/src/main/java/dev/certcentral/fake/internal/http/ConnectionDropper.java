package dev.certcentral.fake.internal.http;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Closes a call's TCP connection without an answer: the client sees a broken connection. */
final class ConnectionDropper {

  private ConnectionDropper() {}

  static void drop(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    request.getConnectionMetaData().getConnection().getEndPoint().close();
  }
}
