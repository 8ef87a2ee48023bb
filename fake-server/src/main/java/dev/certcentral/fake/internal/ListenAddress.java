package dev.certcentral.fake.internal;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import org.eclipse.jetty.server.ServerConnector;

/** Where a started fake listens, read from its socket rather than from what it was asked for. */
public final class ListenAddress {

  private final Javalin app;
  private final String host;

  ListenAddress(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Whether the host is a loopback address or a name that resolves to one. */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      // Jetty will fail to bind it anyway; until then, treat it as reachable from elsewhere.
      return false;
    }
  }

  /** The URL of the bound address: {@code http://0.0.0.0:8080} when bound to every interface. */
  String listenUrl() {
    InetSocketAddress bound = bound();
    // A JVM with IPv6 binds 0.0.0.0 as the dual-stack [::]: name the wildcard as it was asked for.
    String address =
        bound.getAddress().isAnyLocalAddress()
            ? host.replace("[", "").replace("]", "")
            : bound.getAddress().getHostAddress();
    return "http://"
        + (address.contains(":") ? "[" + address + "]" : address)
        + ":"
        + bound.getPort();
  }

  /** A URL this machine can always connect to: loopback when bound to every interface. */
  String connectUrl() {
    InetSocketAddress bound = bound();
    return bound.getAddress().isAnyLocalAddress()
        ? "http://127.0.0.1:" + bound.getPort()
        : listenUrl();
  }

  private InetSocketAddress bound() {
    ServerConnector connector = (ServerConnector) app.jettyServer().server().getConnectors()[0];
    try {
      return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
    } catch (IOException e) {
      throw new UncheckedIOException("the fake's address could not be read", e);
    }
  }
}
