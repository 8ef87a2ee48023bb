package dev.certcentral.openapi.check;

import java.util.Objects;

/**
 * One difference between an exchange and the description.
 *
 * @param operationId the described operation the exchange matched, or {@code (none)} when it
 *     matched none
 * @param side {@code request} or {@code response}
 * @param pointer where the difference is: a JSON pointer into the body ({@code /body/note}), or
 *     {@code /query/limit}, {@code /path/order_id}, {@code /header/X-DC-DEVKEY}, {@code /status}
 * @param key the validator's message key, such as {@code validation.request.body.schema.required}
 * @param message what differs
 */
public record Mismatch(
    String operationId, String side, String pointer, String key, String message) {

  /** Requires every part. */
  public Mismatch {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return operationId + " " + side + " " + pointer + ": " + message + " [" + key + "]";
  }
}
