package dev.certcentral.openapi.check.compare;

import java.util.Objects;

/**
 * One way a call's answers differ between the real CertCentral and the fake.
 *
 * @param call the call, such as {@code getOrder [issued]}
 * @param operationId the described operation
 * @param pointer {@link #STATUS} for the status, else the JSON pointer with array indices as {@code
 *     *}, such as {@code /orders/{@literal *}/status}
 * @param real what the real CertCentral answered there: a status, the JSON types, or {@link
 *     #ABSENT}
 * @param fake what the fake answered there, likewise
 */
public record ShapeDifference(
    String call, String operationId, String pointer, String real, String fake) {

  /** The pointer of a status difference. */
  public static final String STATUS = "(status)";

  /** What one side has where the other has a field. */
  public static final String ABSENT = "absent";

  /** Requires every part. */
  public ShapeDifference {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(real, "real");
    Objects.requireNonNull(fake, "fake");
  }
}
