package dev.certcentral.fake.internal.control;

import java.time.Instant;

/**
 * One call the fake received. Holds no header and no body, so no API key can end up here.
 *
 * @param time when it arrived, by the fake's clock
 * @param method the HTTP method of the request line (never an override)
 * @param path the path, without the query string
 * @param status the status the client got, or {@link #NO_ANSWER} when it got none
 * @param millis how long the answer took
 */
public record JournalEntry(Instant time, String method, String path, int status, float millis) {

  /** The status recorded when the client got no answer: the connection was dropped. */
  public static final int NO_ANSWER = 0;

  /** Whether the client got an HTTP answer at all. */
  public boolean answered() {
    return status != NO_ANSWER;
  }
}
