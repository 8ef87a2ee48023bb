package dev.certcentral.bench;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ceiling for bench/run.sh: a bare Javalin app (the fake's Javalin and Jetty versions)
 * answering the benchmarked URLs with constant bytes of the fake's answer size. Nothing can answer
 * these routes faster on this stack; the fake is measured against it.
 *
 * <p>Usage: {@code CeilingServer PORT VALIDATION_BODY_FILE REQUEST_BODY_FILE}.
 */
public final class CeilingServer {

  private CeilingServer() {}

  /** Starts the server and prints the same ready line as the fake. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    byte[] validation = Files.readAllBytes(Path.of(args[1]));
    byte[] request = Files.readAllBytes(Path.of(args[2]));
    Javalin app =
        Javalin.create(
                config -> {
                  config.jetty.host = "127.0.0.1";
                  config.jetty.port = port;
                  config.startup.showJavalinBanner = false;
                  config.routes.get(
                      "/services/v2/order/certificate/{id}/validation",
                      ctx -> ctx.contentType("application/json").result(validation));
                  config.routes.get(
                      "/services/v2/request/{id}",
                      ctx -> ctx.contentType("application/json").result(request));
                  config.routes.put(
                      "/services/v2/*", ctx -> ctx.contentType("application/json").status(204));
                })
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
    System.out.println("Ceiling listening on http://127.0.0.1:" + app.port() + "/services/v2");
    Thread.currentThread().join();
  }
}
