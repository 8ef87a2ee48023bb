package dev.certcentral.fake;

import com.squareup.moshi.Moshi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Raw bytes over a socket, for what a well-behaved client cannot send: foreign Host headers,
 * malformed request lines, oversized headers.
 */
public final class RawHttp {

  /** What came back: the status (0 when the server closed without answering) and the parts. */
  public record Answer(int status, Map<String, String> headers, String body) {

    /** The first error code of a DigiCert error body. */
    @SuppressWarnings("unchecked")
    public String errorCode() {
      try {
        Map<String, Object> json =
            (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(body);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) json.get("errors");
        return (String) errors.get(0).get("code");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A header by lower-case name, or an empty string. */
    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  private RawHttp() {}

  /** Sends the bytes on a new connection and reads one answer, up to 10 s. */
  public static Answer exchange(int port, byte[] request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      boolean head =
          new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1)
              .equals("HEAD ");
      return read(socket.getInputStream(), !head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the text (ISO-8859-1, as HTTP/1.1 headers are) and reads one answer. */
  public static Answer exchange(int port, String request) {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Reads one answer: headers, then the body by Content-Length or to the end of the stream. */
  public static Answer read(InputStream in) throws IOException {
    return read(in, true);
  }

  /** Reads one answer; without {@code withBody} (a HEAD answer) the headers only. */
  private static Answer read(InputStream in, boolean withBody) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    int b;
    while (last4 != 0x0d0a0d0a && (b = readByte(in)) >= 0) {
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    if (text.isEmpty()) {
      return new Answer(0, Map.of(), "");
    }
    String[] lines = text.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new java.util.HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body;
    String length = headers.get("content-length");
    if (!withBody) {
      body = new byte[0];
    } else if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    } else if (headers.containsKey("transfer-encoding")) {
      body = new byte[0];
    } else {
      body = readToEnd(in);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static int readByte(InputStream in) throws IOException {
    try {
      return in.read();
    } catch (java.net.SocketException e) {
      return -1;
    }
  }

  private static byte[] readToEnd(InputStream in) throws IOException {
    try {
      return in.readAllBytes();
    } catch (SocketTimeoutException | java.net.SocketException e) {
      return new byte[0];
    }
  }
}
