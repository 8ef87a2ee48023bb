package dev.certcentral.fake.web;

import io.javalin.http.Context;

/** Sends a JSON answer rendered by {@link DigiCertJson}. */
public final class Responses {

  private Responses() {}

  /** Answers with the status and the content as JSON. */
  public static void json(Context ctx, int status, DigiCertJson.Content content) {
    ctx.status(status).contentType("application/json").result(DigiCertJson.bytes(content));
  }
}
