package dev.certcentral.core.domain;

import java.util.Objects;

/**
 * A request as an order's answer lists it: {@code {"id": ..., "status": ...}}.
 *
 * @param id the request's id
 * @param rawStatus its status exactly as sent
 */
public record RequestSummary(RequestId id, String rawStatus) {

  /** Validates the id; a missing status reads as unknown. */
  public RequestSummary {
    Objects.requireNonNull(id, "id");
    rawStatus = Objects.requireNonNullElse(rawStatus, RequestStatus.UNKNOWN.value());
  }

  /** The summary of a request. */
  public static RequestSummary of(Request request) {
    return new RequestSummary(request.id(), request.rawStatus());
  }

  /** The known status, {@link RequestStatus#UNKNOWN} for one added later. */
  public RequestStatus status() {
    return RequestStatus.fromValue(rawStatus);
  }
}
