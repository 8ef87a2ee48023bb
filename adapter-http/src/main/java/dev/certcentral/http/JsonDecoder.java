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
  private final String apiKey;
  private final Map<Class<?>, JsonAdapter<?>> adapters = new ConcurrentHashMap<>();

  JsonDecoder(Moshi moshi, String apiKey) {
    this.moshi = moshi;
    this.apiKey = apiKey;
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

  UnexpectedResponseException unexpected(RawAnswer answer, String what, Throwable cause) {
    return new UnexpectedResponseException(
        what, answer.status(), Excerpt.of(answer.text(), apiKey), cause);
  }

  String excerpt(RawAnswer answer) {
    return Excerpt.of(answer.text(), apiKey);
  }

  @SuppressWarnings("unchecked")
  private <T> JsonAdapter<T> adapter(Class<T> type) {
    return (JsonAdapter<T>) adapters.computeIfAbsent(type, t -> moshi.adapter(t));
  }
}
