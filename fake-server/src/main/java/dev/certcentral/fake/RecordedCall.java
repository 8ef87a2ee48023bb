package dev.certcentral.fake;

import java.time.Instant;
import java.util.Objects;

/**
 * One call the fake received, as its journal keeps it: never a header or a body, so no API key.
 * Recorded before the call's answer is sent, so a test reads it as soon as its client has the
 * answer.
 */
public final class RecordedCall {

  /** The status of a call whose client got no answer: its connection was dropped. */
  public static final int NO_ANSWER = 0;

  private final Instant time;
  private final String method;
  private final String path;
  private final int status;
  private final float millis;

  RecordedCall(Instant time, String method, String path, int status, float millis) {
    this.time = time;
    this.method = method;
    this.path = path;
    this.status = status;
    this.millis = millis;
  }

  /** When it arrived, by the fake's clock. */
  public Instant time() {
    return time;
  }

  /** The method of its request line (never an override header's). */
  public String method() {
    return method;
  }

  /** The whole path, without the query, such as {@code /services/v2/request/5001}. */
  public String path() {
    return path;
  }

  /** The status its client got, or {@link #NO_ANSWER}. */
  public int status() {
    return status;
  }

  /** Whether its client got an HTTP answer at all. */
  public boolean answered() {
    return status != NO_ANSWER;
  }

  /** How long the fake took to answer, in milliseconds. */
  public float millis() {
    return millis;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedCall that
        && time.equals(that.time)
        && method.equals(that.method)
        && path.equals(that.path)
        && status == that.status
        && Float.compare(millis, that.millis) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, method, path, status, millis);
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + (answered() ? status : "no answer");
  }
}
