package dev.certcentral.fake.internal.admin;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.Fault;
import dev.certcentral.fake.HttpMethod;
import dev.certcentral.fake.internal.http.JsonBody;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A fault in the control API's JSON ({@code /__fake/faults}): {@code {"method", "path_prefix",
 * "status" | "drop_connection" | "delay_ms", "after_handling", "times", "probability", "seed"}}.
 * Read by the fake and by the remote control client, written by both.
 */
public final class FaultJson {

  private FaultJson() {}

  /**
   * Reads a fault.
   *
   * @throws InvalidRequestException naming {@code fault} for a fault that is not one: no status, no
   *     drop and no delay, both a status and a drop, a status outside 4xx-5xx, a delay outside 0-60
   *     s, negative times, a probability outside (0, 1], an unknown method
   */
  public static Fault read(JsonBody body) {
    try {
      Optional<Long> status = body.integer("status");
      boolean drop = body.flag("drop_connection");
      long delayMillis = body.integer("delay_ms").orElse(0L);
      if (delayMillis < 0) {
        throw new IllegalArgumentException("a fault's delay must not be negative");
      }
      Fault fault;
      if (status.isPresent() && drop) {
        throw new IllegalArgumentException("a fault answers a status or drops, not both");
      } else if (status.isPresent()) {
        fault = Fault.status(Math.toIntExact(status.get()));
      } else if (drop) {
        fault = Fault.drop();
      } else if (delayMillis > 0) {
        fault = Fault.delay(Duration.ofMillis(delayMillis));
      } else {
        throw new IllegalArgumentException("a fault needs a status, a delay or drop_connection");
      }
      if (delayMillis > 0 && (status.isPresent() || drop)) {
        fault = fault.delayedBy(Duration.ofMillis(delayMillis));
      }
      String rawMethod = body.string("method").orElse("*");
      HttpMethod method =
          HttpMethod.fromValue(rawMethod)
              .orElseThrow(() -> new IllegalArgumentException("unknown method " + rawMethod));
      fault = fault.on(method, body.string("path_prefix").orElse(""));
      if (body.flag("after_handling")) {
        fault = fault.afterHandling();
      }
      long times = body.integer("times").orElse(0L);
      if (times < 0) {
        throw new IllegalArgumentException("times must not be negative");
      }
      if (times > 0) {
        fault = fault.times(Math.toIntExact(times));
      }
      double probability = body.decimal("probability").orElse(1.0);
      if (probability != 1.0) {
        fault = fault.probability(probability);
      }
      Optional<Long> seed = body.integer("seed");
      return seed.isPresent() ? fault.seed(seed.get()) : fault;
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw InvalidRequestException.invalidParameter("fault", e.getMessage());
    }
  }

  /** Writes a fault as {@link #read} reads it. */
  public static void write(JsonWriter json, Fault fault) throws IOException {
    json.beginObject();
    json.name("method").value(fault.method().value());
    json.name("path_prefix").value(fault.pathPrefix());
    if (fault.status().isPresent()) {
      json.name("status").value(fault.status().getAsInt());
    }
    json.name("delay_ms").value(fault.delay().toMillis());
    json.name("drop_connection").value(fault.dropsConnection());
    json.name("after_handling").value(fault.isAfterHandling());
    json.name("times").value(fault.times());
    json.name("probability").value(fault.probability());
    if (fault.seed().isPresent()) {
      json.name("seed").value(fault.seed().get());
    }
    json.endObject();
  }
}
