package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.RequestId;

/** Only a {@code submitted} or {@code pending} request can be decided; this one is not. */
public class RequestAlreadyDecidedException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  private final String currentStatus;

  /** Creates the exception naming the request and its current raw status. */
  public RequestAlreadyDecidedException(RequestId requestId, String currentStatus) {
    super(message(requestId, currentStatus));
    this.currentStatus = currentStatus;
  }

  /** The request's status when the decision was refused. */
  public String currentStatus() {
    return currentStatus;
  }

  private static String message(RequestId requestId, String currentStatus) {
    return "request "
        + requestId
        + " is "
        + currentStatus
        + "; only submitted or pending requests can be decided";
  }
}
