package dev.certcentral.fake.internal.http;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty settings that keep hostile or careless clients from hurting the fake: bodies read
 * without a thread and within a deadline, calls screened by {@code Host} with method overrides
 * removed, Jetty's refusals in DigiCert's format, and a stop that first drains calls in flight.
 */
public final class JettyHardening {

  private final AllowedHosts hosts;
  private final Duration bodyDeadline;
  private final Duration shutdownGrace;
  private final int maxThreads;
  private final GracefulHandler graceful = new GracefulHandler();

  /**
   * Settings for one fake.
   *
   * @param hosts the {@code Host} names answered to
   * @param bodyDeadline how long a call's body may take to arrive
   * @param shutdownGrace how long calls in flight may take to finish once the fake stops
   * @param maxThreads the worker threads, or 0 for Javalin's default
   */
  public JettyHardening(
      AllowedHosts hosts, Duration bodyDeadline, Duration shutdownGrace, int maxThreads) {
    this.hosts = hosts;
    this.bodyDeadline = bodyDeadline;
    this.shutdownGrace = shutdownGrace;
    this.maxThreads = maxThreads;
  }

  /** Installs the settings; call while Javalin is being configured. */
  public void applyTo(JavalinConfig config) {
    if (maxThreads > 0) {
      QueuedThreadPool pool = new QueuedThreadPool(maxThreads, Math.min(maxThreads, 8));
      pool.setName("fake-jetty");
      config.jetty.threadPool = pool;
    }
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new DigiCertErrorHandler());
          // Each insert wraps what is there, so the last is outermost: a draining fake refuses
          // first, then foreign hosts are refused, then bodies are read, then routes run.
          server.insertHandler(
              new EagerContentHandler(
                  new WholeBodyLoaderFactory(JsonBody.MAX_BYTES, bodyDeadline)));
          server.insertHandler(new RequestScreen(hosts));
          server.insertHandler(graceful);
        });
    config.jetty.modifyServletContextHandler(
        context -> context.setErrorHandler(new DigiCertErrorHandler()));
  }

  /**
   * Refuses new calls with a 503 and waits, up to the grace period, for the calls in flight;
   * returns whether they all finished. Jetty's own graceful stop would also wait out a second of
   * idleness on every keep-alive connection, which each test closing a fake would pay, and
   * shortening that wait cuts calls in flight too.
   */
  public boolean drain() throws InterruptedException {
    try {
      graceful.shutdown().get(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    }
  }
}
