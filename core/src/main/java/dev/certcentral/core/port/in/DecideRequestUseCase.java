package dev.certcentral.core.port.in;

/** Approve or reject an open request; approving a revoke request revokes its order. */
public interface DecideRequestUseCase {

  /**
   * Decides the request.
   *
   * @throws dev.certcentral.core.domain.error.RuleViolationException if it is already decided
   */
  void decideRequest(DecideRequestCommand command);
}
