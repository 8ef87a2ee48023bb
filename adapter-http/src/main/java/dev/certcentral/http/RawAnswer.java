package dev.certcentral.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A response as read off the wire: status, body text (bounded) and the server's wish for a pause,
 * if it sent {@code Retry-After}.
 */
record RawAnswer(int status, String body, Optional<Duration> retryAfter) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
