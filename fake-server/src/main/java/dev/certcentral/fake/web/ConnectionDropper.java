package dev.certcentral.fake.web;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Closes a call's TCP connection without an answer: the client sees a broken connection. */
final class ConnectionDropper {

  private static final String DROPPED = ConnectionDropper.class.getName() + ".dropped";

  private ConnectionDropper() {}

  static void drop(Context ctx) {
    ctx.attribute(DROPPED, Boolean.TRUE);
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    request.getConnectionMetaData().getConnection().getEndPoint().close();
  }

  /** Whether the call's connection was dropped, so its client got no answer. */
  static boolean dropped(Context ctx) {
    return ctx.attribute(DROPPED) != null;
  }
}
