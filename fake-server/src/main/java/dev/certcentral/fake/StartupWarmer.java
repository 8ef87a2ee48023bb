package dev.certcentral.fake;

import java.util.List;

/**
 * Loads and initialises, on a second thread, classes that the standalone fake's main thread would
 * otherwise load one after another while it parses options and starts Jetty. The JVM initialises
 * each class once, so the main thread either finds a class ready or waits for the warmer to finish
 * it; the work is never done twice. Measured: about 50 ms less from {@code java -jar} to the first
 * answer on two cores (bench/README.md).
 */
final class StartupWarmer {

  // The slowest static initialisers on the path to the first answer, in the order the main thread
  // reaches them (from a start's class-load log, -Xlog:class+load with uptime): Jetty's MIME table
  // loads the JDK's locale providers (~70 ms), the HTTP parser and generator build their tries.
  static final List<String> CLASSES =
      List.of(
          "org.eclipse.jetty.http.MimeTypes",
          "org.eclipse.jetty.http.HttpParser",
          "org.eclipse.jetty.http.HttpGenerator",
          "org.eclipse.jetty.server.Server",
          "org.eclipse.jetty.server.ServerConnector",
          "org.eclipse.jetty.ee10.servlet.ServletContextHandler",
          "org.eclipse.jetty.ee10.servlet.ServletContextRequest",
          "org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServlet",
          "org.eclipse.jetty.websocket.core.WebSocketComponents",
          "io.javalin.http.servlet.JavalinServletContext",
          "com.squareup.moshi.JsonWriter");

  private StartupWarmer() {}

  /** Starts warming in the background. */
  static void start() {
    Thread warmer = new Thread(StartupWarmer::warm, "fake-startup-warmer");
    warmer.setDaemon(true);
    warmer.start();
  }

  private static void warm() {
    ClassLoader loader = StartupWarmer.class.getClassLoader();
    for (String name : CLASSES) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // Only a head start: the main thread loads what it needs itself and reports any failure.
      }
    }
  }
}
