package dev.certcentral.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import okio.Buffer;
import okio.ByteString;

/**
 * A response as read off the wire: status, body bytes (bounded), the server's wish for a pause, if
 * it sent {@code Retry-After}, where a redirect pointed, if it sent {@code Location}, and its
 * {@code Content-Type}. JSON bytes are decoded straight away and a download's bytes kept as sent;
 * either becomes text only for an error message.
 */
record RawAnswer(
    int status,
    ByteString body,
    Optional<Duration> retryAfter,
    Optional<String> location,
    Optional<String> contentType) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** The body as a fresh source for a JSON reader. */
  Buffer source() {
    return new Buffer().write(body);
  }

  /** The body as text, for messages. */
  String text() {
    return body.string(StandardCharsets.UTF_8);
  }

  /** Whether the body holds nothing but whitespace. */
  boolean isBlank() {
    return text().isBlank();
  }
}
