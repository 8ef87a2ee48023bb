package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.Order;
import java.time.Duration;
import java.util.List;

/** An order was still waiting for its certificate when the wait ran out. */
public class IssuanceTimeoutException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  private final transient Order lastSeen;

  /** Creates the exception with the order as last seen. */
  public IssuanceTimeoutException(Order lastSeen, Duration waited) {
    super(
        "order " + lastSeen.id() + " is still " + lastSeen.rawStatus() + " after " + waited,
        0,
        List.of(),
        null);
    this.lastSeen = lastSeen;
  }

  /** The order as it was at the last poll. */
  public Order lastSeen() {
    return lastSeen;
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.WAIT_TIMED_OUT;
  }
}
