package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.Request;
import java.time.Duration;
import java.util.List;

/** A request was still open when the wait for its decision ran out. */
public class DecisionTimeoutException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  private final transient Request lastSeen;

  /** Creates the exception with the request as last seen. */
  public DecisionTimeoutException(Request lastSeen, Duration waited) {
    super(
        "request " + lastSeen.id() + " is still " + lastSeen.rawStatus() + " after " + waited,
        0,
        List.of(),
        null);
    this.lastSeen = lastSeen;
  }

  /** The request as it was at the last poll. */
  public Request lastSeen() {
    return lastSeen;
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.WAIT_TIMED_OUT;
  }
}
