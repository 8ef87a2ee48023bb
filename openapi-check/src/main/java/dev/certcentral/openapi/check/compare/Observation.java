package dev.certcentral.openapi.check.compare;

import java.util.Objects;

/**
 * One read-only call as one CertCentral answered it: which call, its status and the shape of its
 * body.
 *
 * @param call the call's name, the same on both sides, such as {@code getOrder [issued]}: the
 *     operation and what picked the id, never the id itself (ids differ between two CertCentrals)
 * @param operationId the described operation ({@code openapi/certcentral.yaml})
 * @param status the HTTP status, or {@link #NO_ANSWER} when the call got none
 * @param shape the body's shape
 */
public record Observation(String call, String operationId, int status, JsonShape shape) {

  /** The status of a call that got no answer (refused connection, timeout). */
  public static final int NO_ANSWER = -1;

  /** Requires every part. */
  public Observation {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(shape, "shape");
  }
}
