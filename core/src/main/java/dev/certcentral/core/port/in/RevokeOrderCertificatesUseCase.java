package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.RevokeOutcome;

/**
 * Ask for all certificates of an issued order to be revoked. The order is revoked only when an
 * administrator approves the resulting request (or at once with {@code skip_approval}).
 */
public interface RevokeOrderCertificatesUseCase {

  /**
   * Submits the revoke. Not idempotent: after a timeout, list the requests before retrying.
   *
   * @return the pending request, or that the order was revoked at once
   */
  RevokeOutcome revokeOrderCertificates(RevokeOrderCertificatesCommand command);
}
