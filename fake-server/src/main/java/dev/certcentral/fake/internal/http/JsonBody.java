package dev.certcentral.fake.internal.http;

import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request body as a JSON object with typed, checked access: a field of the wrong type is a {@code
 * bad_request_format} error, never a {@link ClassCastException}.
 */
public final class JsonBody {

  /** The largest body a call may send. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final int MAX_DETAIL = 200;

  private final Map<?, ?> fields;

  private JsonBody(Map<?, ?> fields) {
    this.fields = fields;
  }

  /**
   * Reads and parses a call's body, refusing more than {@link #MAX_BYTES} as Javalin's own limit
   * does. The bytes are read here, sized by Content-Length, because Javalin's reader allocates
   * buffers of several KiB per call: under load that was a sixth of the fake's garbage.
   */
  public static JsonBody read(Context ctx, MoshiJsonMapper json) {
    HttpServletRequest request = ctx.req();
    long declared = request.getContentLengthLong();
    // Even a body declared too large is read up to the limit before the refusal, as Javalin does:
    // a server that answers while most of the body is still unread closes a connection with data
    // in flight, and the client may never see the answer.
    int wanted = declared >= 0 && declared <= MAX_BYTES ? (int) declared : MAX_BYTES + 1;
    byte[] body;
    try {
      body = request.getInputStream().readNBytes(wanted);
    } catch (IOException e) {
      throw malformed("the body could not be read");
    }
    if (body.length > MAX_BYTES) {
      throw tooLarge();
    }
    return parse(body, json);
  }

  /**
   * The body was not JSON, or not of the shape the endpoint takes: DigiCert's 400 {@code
   * bad_request_format}, with the detail cut short so a hostile body is never echoed whole.
   */
  static InvalidRequestException malformed(String detail) {
    String text = detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    return new InvalidRequestException(
        text, 0, List.of(new DigiCertError(ErrorCodes.BAD_REQUEST_FORMAT, text)), null);
  }

  /**
   * Parses a body; an empty body counts as {@code {}} so the missing fields are named. A body that
   * is not UTF-8 is refused: decoding it would turn the bad bytes into replacement characters and
   * store text the client never sent.
   */
  public static JsonBody parse(byte[] body, MoshiJsonMapper json) {
    if (isBlank(body)) {
      return new JsonBody(Map.of());
    }
    if (!isUtf8(body)) {
      throw malformed("the body is not valid UTF-8");
    }
    Object parsed = json.fromJsonBytes(body, Object.class);
    if (!(parsed instanceof Map<?, ?> map)) {
      throw malformed("the body must be a JSON object");
    }
    return new JsonBody(map);
  }

  private static boolean isUtf8(byte[] body) {
    try {
      // A fresh decoder reports malformed input rather than replacing it.
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse("the body is larger than " + MAX_BYTES + " bytes");
  }

  /** A string field, if present and not null. */
  public Optional<String> string(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String text) {
      return Optional.of(text);
    }
    throw malformed("'" + name + "' must be a string");
  }

  /** A string field that must be present and not blank. */
  public String requiredString(String name) {
    return string(name)
        .filter(text -> !text.isBlank())
        .orElseThrow(() -> InvalidRequestException.missingParameter(name));
  }

  /** A boolean field, false when absent. */
  public boolean flag(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    throw malformed("'" + name + "' must be true or false");
  }

  /** Whether the field is present and not null. */
  public boolean has(String name) {
    return fields.get(name) != null;
  }

  /** An integral number field, if present. */
  public Optional<Long> integer(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
        return Optional.of((long) d);
      }
    }
    throw malformed("'" + name + "' must be an integer");
  }

  /** A number field, if present. */
  public Optional<Double> decimal(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number number) {
      return Optional.of(number.doubleValue());
    }
    throw malformed("'" + name + "' must be a number");
  }

  /** A list-of-strings field, empty when absent. */
  public List<String> strings(String name) {
    List<String> result = new ArrayList<>();
    for (Object item : list(name)) {
      if (!(item instanceof String text)) {
        throw malformed("'" + name + "' must hold strings only");
      }
      result.add(text);
    }
    return result;
  }

  /** An object field, if present. */
  public Optional<JsonBody> object(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> map) {
      return Optional.of(new JsonBody(map));
    }
    throw malformed("'" + name + "' must be an object");
  }

  /** A list-of-objects field, if present. */
  public Optional<List<JsonBody>> objects(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    List<JsonBody> result = new ArrayList<>();
    for (Object item : list(name)) {
      if (!(item instanceof Map<?, ?> map)) {
        throw malformed("'" + name + "' must hold objects only");
      }
      result.add(new JsonBody(map));
    }
    return Optional.of(result);
  }

  private List<?> list(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> items) {
      return items;
    }
    throw malformed("'" + name + "' must be an array");
  }
}
