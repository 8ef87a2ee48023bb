package dev.certcentral.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockWebServer;

/**
 * Server sockets whose accepted connections send at once (TCP_NODELAY). MockWebServer writes an
 * answer's head and body separately; with Nagle's algorithm on, the body waits for the client's
 * delayed ACK, about 40 ms a call on Linux loopback — a test of 101 calls took 4.5 s instead of 0.2
 * s, and PIT pays that for every mutant such a test runs against.
 */
public final class NoDelayServerSockets extends ServerSocketFactory {

  /** A MockWebServer (not started) whose connections send at once. */
  public static MockWebServer mockWebServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    return server;
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new ServerSocket() {
      @Override
      public Socket accept() throws IOException {
        Socket accepted = super.accept();
        accepted.setTcpNoDelay(true);
        return accepted;
      }
    };
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return createServerSocket(port, 50, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return createServerSocket(port, backlog, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket socket = createServerSocket();
    socket.bind(new InetSocketAddress(address, port), backlog);
    return socket;
  }
}
