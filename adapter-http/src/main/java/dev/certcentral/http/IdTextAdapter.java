package dev.certcentral.http;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.ToJson;
import java.io.IOException;

/** Reads {@link IdText} ids from numbers or strings alike, keeping their text. */
final class IdTextAdapter {

  @FromJson
  @IdText
  String fromJson(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case NUMBER:
      case STRING:
        return reader.nextString();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("expected an id at " + reader.getPath());
    }
  }

  /** Moshi needs both directions for a qualifier; ids are written back as the text they were. */
  @ToJson
  String toJson(@IdText String id) {
    return id;
  }
}
