package dev.certcentral.fake.internal.http;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.DigiCertError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import okio.Buffer;

/**
 * What every resource's JSON shares: DigiCert's timestamps, users, lists of strings and error body,
 * streamed straight into bytes. Each resource renders its own shapes with these (orders in {@code
 * internal.orders}, requests in {@code internal.requests}): building maps for a generic serializer
 * cost the fake a third of its throughput.
 */
public final class DigiCertJson {

  /** Something that writes one JSON value. */
  @FunctionalInterface
  public interface Content {
    /** Writes the value. */
    void writeTo(JsonWriter json) throws IOException;
  }

  private DigiCertJson() {}

  /** Renders content to UTF-8 bytes. */
  public static byte[] bytes(Content content) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      content.writeTo(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return buffer.readByteArray();
  }

  /** DigiCert's timestamp: ISO 8601, seconds, offset {@code +00:00}. */
  public static String timestamp(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    char[] text = "0000-00-00T00:00:00+00:00".toCharArray();
    put(text, 0, t.getYear(), 4);
    put(text, 5, t.getMonthValue(), 2);
    put(text, 8, t.getDayOfMonth(), 2);
    put(text, 11, t.getHour(), 2);
    put(text, 14, t.getMinute(), 2);
    put(text, 17, t.getSecond(), 2);
    return new String(text);
  }

  private static void put(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** DigiCert's error body. */
  public static void errors(JsonWriter json, List<DigiCertError> errors) throws IOException {
    json.beginObject().name("errors").beginArray();
    for (DigiCertError error : errors) {
      json.beginObject().name("code").value(error.code()).name("message").value(error.message());
      json.endObject();
    }
    json.endArray().endObject();
  }

  /** A user under {@code name}, left out when absent. */
  public static void user(JsonWriter json, String name, Optional<User> user) throws IOException {
    if (user.isEmpty()) {
      return;
    }
    json.name(name).beginObject();
    json.name("id").value(user.get().id());
    json.name("first_name").value(user.get().firstName());
    json.name("last_name").value(user.get().lastName());
    json.name("email").value(user.get().email());
    json.endObject();
  }

  /** A list of strings. */
  public static void strings(JsonWriter json, List<String> values) throws IOException {
    json.beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }
}
