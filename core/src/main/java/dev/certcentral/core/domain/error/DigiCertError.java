package dev.certcentral.core.domain.error;

import java.util.Objects;

/**
 * One entry of DigiCert's error body {@code {"errors":[{"code":"...","message":"..."}]}}.
 *
 * @param code machine-readable code such as {@code not_found|order}
 * @param message human-readable explanation; may be empty
 */
public record DigiCertError(String code, String message) {

  /** Validates the code and normalises a missing message to an empty string. */
  public DigiCertError {
    Objects.requireNonNull(code, "code");
    message = Objects.requireNonNullElse(message, "");
  }
}
