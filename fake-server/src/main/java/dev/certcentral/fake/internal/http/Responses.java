package dev.certcentral.fake.internal.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends a JSON answer rendered by {@link DigiCertJson}. */
public final class Responses {

  private static final int HELD_BY_JETTY = 4 * 1024;

  private Responses() {}

  /**
   * Answers with the status and the content as JSON, replacing any answer written before (an
   * after-handling fault turns a handled call into an error).
   *
   * <p>A small answer goes straight into Jetty's response buffer: Javalin would copy a {@code
   * result} through a fresh 32 KiB buffer on every call, which was two fifths of the fake's garbage
   * under load. Jetty holds writes up to a quarter of its buffer (8 KiB) until the call ends and
   * sets the Content-Length then; setting it here would send the answer at once, before a fault
   * could drop or replace it. Larger answers, or one replacing a larger answer, stay Javalin's
   * {@code result}, so nothing is sent before the handler ends either. Only those go through
   * Javalin's compression, which gzips from 1.5 KiB when the client accepts it: on loopback a small
   * answer costs more to compress than to send, and large ones still exercise a client's gzip path.
   */
  public static void json(Context ctx, int status, DigiCertJson.Content content) {
    json(ctx, status, DigiCertJson.bytes(content));
  }

  /**
   * Answers with the status and JSON already rendered, as {@link #json(Context, int,
   * DigiCertJson.Content)} does.
   */
  public static void json(Context ctx, int status, byte[] body) {
    ctx.status(status).contentType("application/json");
    HttpServletResponse response = ctx.res();
    response.resetBuffer();
    if (body.length > HELD_BY_JETTY || ctx.resultInputStream() != null) {
      ctx.result(body);
      return;
    }
    try {
      response.getOutputStream().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the answer failed", e);
    }
  }

  /**
   * Answers with bytes of another content type (a certificate file, a CRL), through Javalin's
   * {@code result} so nothing leaves before the handler ends.
   */
  public static void bytes(Context ctx, int status, String contentType, byte[] body) {
    ctx.status(status).contentType(contentType);
    ctx.res().resetBuffer();
    ctx.result(body);
  }
}
