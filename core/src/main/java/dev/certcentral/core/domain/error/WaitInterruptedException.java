package dev.certcentral.core.domain.error;

import java.util.List;

/**
 * A wait (for a decision, for issuance) was interrupted; the thread's interrupt flag is set again.
 */
public class WaitInterruptedException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception from the interruption. */
  public WaitInterruptedException(InterruptedException cause) {
    super("interrupted while waiting", 0, List.of(), cause);
  }

  @Override
  public ErrorCategory category() {
    return ErrorCategory.INTERRUPTED;
  }
}
