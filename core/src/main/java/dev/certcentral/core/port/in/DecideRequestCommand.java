package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.RequestId;
import java.util.Objects;

/**
 * Approve or reject an open request.
 *
 * @param requestId the request
 * @param decision approve or reject
 * @param processorComment the reviewer's comment; empty when none
 */
public record DecideRequestCommand(
    RequestId requestId, Decision decision, String processorComment) {

  /** Validates the parts; a missing comment becomes empty. */
  public DecideRequestCommand {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(decision, "decision");
    processorComment = Objects.requireNonNullElse(processorComment, "");
  }

  /** Approve, with a comment. */
  public static DecideRequestCommand approve(RequestId requestId, String processorComment) {
    return new DecideRequestCommand(requestId, Decision.APPROVE, processorComment);
  }

  /** Reject, with a comment. */
  public static DecideRequestCommand reject(RequestId requestId, String processorComment) {
    return new DecideRequestCommand(requestId, Decision.REJECT, processorComment);
  }
}
