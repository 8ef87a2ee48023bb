package dev.certcentral.fake.web;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.DigiCertError;
import java.util.List;

/** A refusal with a status of its own (415, 409, ...), answered in DigiCert's error format. */
public final class FakeRefusal extends CertCentralException {

  private static final long serialVersionUID = 1L;

  /** Refuses with this status, code and message. */
  public FakeRefusal(int status, String code, String message) {
    super(message, status, List.of(new DigiCertError(code, message)), null);
  }
}
