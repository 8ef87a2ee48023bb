package dev.certcentral.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes answers into {@link Wire} records; anything that is not the expected JSON becomes an
 * {@link UnexpectedResponseException} with the status and an excerpt, never a Moshi exception.
 */
final class JsonDecoder {

  private final Moshi moshi;
  private final KeyRedaction redaction;
  private final Map<Class<?>, JsonAdapter<?>> adapters = new ConcurrentHashMap<>();

  JsonDecoder(Moshi moshi, KeyRedaction redaction) {
    this.moshi = moshi;
    this.redaction = redaction;
  }

  <T> T decode(RawAnswer answer, Class<T> type) {
    T value;
    try {
      value = adapter(type).fromJson(answer.source());
    } catch (IOException | RuntimeException e) {
      throw unexpected(answer, "expected " + type.getSimpleName() + " JSON", e);
    }
    if (value == null) {
      throw unexpected(answer, "expected " + type.getSimpleName() + " JSON, got null", null);
    }
    return value;
  }

  /** Like {@link #decode} but returns null instead of failing, for error bodies. */
  <T> T decodeOrNull(RawAnswer answer, Class<T> type) {
    try {
      return adapter(type).fromJson(answer.source());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The exception for an answer that could not be read. What was wrong may quote the answer (a
   * parser names the value it refused), so it and the cause's messages are redacted like the
   * excerpt.
   */
  UnexpectedResponseException unexpected(RawAnswer answer, String what, Throwable cause) {
    return new UnexpectedResponseException(
        redaction.redact(what), answer.status(), excerpt(answer), redaction.scrub(cause));
  }

  String excerpt(RawAnswer answer) {
    return Excerpt.of(answer.text(), redaction);
  }

  @SuppressWarnings("unchecked")
  private <T> JsonAdapter<T> adapter(Class<T> type) {
    return (JsonAdapter<T>) adapters.computeIfAbsent(type, t -> moshi.adapter(t));
  }
}
