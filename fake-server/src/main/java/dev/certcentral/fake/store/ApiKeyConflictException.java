package dev.certcentral.fake.store;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import java.util.List;

/**
 * A key was added again with another role or account (409, {@code api_key_exists}: a code of the
 * fake's own, for its admin API).
 */
public final class ApiKeyConflictException extends CertCentralException {

  /** The fake's own code for the conflict. */
  public static final String CODE = "api_key_exists";

  private static final long serialVersionUID = 1L;

  ApiKeyConflictException(ApiKey existing) {
    super(
        "the key " + existing.hint() + " exists with another role or account",
        409,
        List.of(
            new DigiCertError(
                CODE,
                "The key "
                    + existing.hint()
                    + " exists with role "
                    + existing.role().value()
                    + " on account "
                    + existing.accountId()
                    + "; keys are never moved.")),
        null);
  }
}
