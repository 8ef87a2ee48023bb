package dev.certcentral.fake.internal.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okio.Buffer;
import okio.BufferedSource;
import org.jetbrains.annotations.NotNull;

/**
 * Moshi as Javalin's JSON mapper: the one JSON library of the project, and no Jackson in the fake's
 * start-up or jar.
 */
public final class MoshiJsonMapper implements JsonMapper {

  private final Moshi moshi = new Moshi.Builder().build();
  private final Map<Type, JsonAdapter<Object>> adapters = new ConcurrentHashMap<>();

  @NotNull
  @Override
  public String toJsonString(@NotNull Object obj, @NotNull Type type) {
    return adapter(obj instanceof Map || obj instanceof Iterable ? Object.class : type).toJson(obj);
  }

  @NotNull
  @Override
  public <T> T fromJsonString(@NotNull String json, @NotNull Type targetType) {
    return decode(new Buffer().writeUtf8(json), targetType);
  }

  /** Like {@link #fromJsonString}, from UTF-8 bytes without making a string of them first. */
  public <T> T fromJsonBytes(byte[] json, Type targetType) {
    return decode(new Buffer().write(json), targetType);
  }

  @SuppressWarnings("unchecked")
  private <T> T decode(BufferedSource json, Type targetType) {
    try {
      Object value = adapter(targetType).fromJson(json);
      if (value == null) {
        throw JsonBody.malformed("the body is JSON null");
      }
      return (T) value;
    } catch (IOException | RuntimeException e) {
      throw JsonBody.malformed("the body is not valid JSON: " + e.getMessage());
    }
  }

  private JsonAdapter<Object> adapter(Type type) {
    return adapters.computeIfAbsent(type, t -> moshi.adapter(t));
  }
}
