package dev.certcentral.fake.web;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import java.util.List;

/** A status answer that a configured {@link Fault} put in place of the real one. */
final class InjectedFaultException extends CertCentralException {

  private static final long serialVersionUID = 1L;

  InjectedFaultException(int status) {
    super("injected fault", status, List.of(errorFor(status)), null);
  }

  static DigiCertError errorFor(int status) {
    if (status == 429) {
      return new DigiCertError(ErrorCodes.RATE_LIMITED, "Request limit exceeded.");
    }
    if (status == 503) {
      return new DigiCertError(
          DigiCertErrorHandler.SERVICE_UNAVAILABLE, "Service temporarily unavailable.");
    }
    return new DigiCertError("injected_fault", "Fault injected by the fake (HTTP " + status + ").");
  }
}
