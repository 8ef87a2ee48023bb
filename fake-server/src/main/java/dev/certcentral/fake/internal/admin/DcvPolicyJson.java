package dev.certcentral.fake.internal.admin;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.internal.http.JsonBody;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * A DCV policy in the control API's JSON ({@code /__fake/dcv-policy}), the fake's own shape: {@code
 * {"kind": "instant" | "never"}}, {@code {"kind": "delay", "delay": "PT30S"}} or {@code {"kind":
 * "random_delay", "min_delay", "max_delay", "seed"}}, delays in ISO 8601. Read by the fake and by
 * the remote control client, written by both.
 */
public final class DcvPolicyJson {

  private DcvPolicyJson() {}

  /**
   * Reads a policy.
   *
   * @throws InvalidRequestException naming {@code dcv_policy} for an unknown kind, a missing,
   *     malformed or negative delay, or a longest delay shorter than the shortest
   */
  public static DcvPolicy read(JsonBody body) {
    String kind = body.requiredString("kind");
    try {
      return switch (DcvPolicy.Kind.fromValue(kind)
          .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + kind + "'"))) {
        case INSTANT -> DcvPolicy.instant();
        case NEVER -> DcvPolicy.never();
        case DELAY -> DcvPolicy.after(duration(body, "delay"));
        case RANDOM_DELAY ->
            DcvPolicy.afterRandomDelay(duration(body, "min_delay"), duration(body, "max_delay"))
                .seed(body.integer("seed").orElse(0L));
      };
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.invalidParameter("dcv_policy", e.getMessage());
    }
  }

  /** Writes a policy as {@link #read} reads it. */
  public static void write(JsonWriter json, DcvPolicy policy) throws IOException {
    json.beginObject().name("kind").value(policy.kind().value());
    switch (policy.kind()) {
      case DELAY -> json.name("delay").value(policy.minDelay().toString());
      case RANDOM_DELAY ->
          json.name("min_delay")
              .value(policy.minDelay().toString())
              .name("max_delay")
              .value(policy.maxDelay().toString())
              .name("seed")
              .value(policy.seed());
      default -> {
        // instant and never have nothing more to say
      }
    }
    json.endObject();
  }

  private static Duration duration(JsonBody body, String name) {
    String text =
        body.string(name)
            .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is required"));
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + name + "' is not an ISO 8601 duration: " + text);
    }
  }
}
