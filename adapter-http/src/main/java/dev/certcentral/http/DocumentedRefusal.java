package dev.certcentral.http;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.CsrInvalidException;
import dev.certcentral.core.domain.error.DcvCheckFailedException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCategory;
import dev.certcentral.core.domain.error.ErrorCodes;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The refusals DigiCert documents a code for, read into core's own exceptions: a refused CSR (the
 * {@code csr_invalid_*} family of
 * https://dev.digicert.com/en/certcentral-apis/services-api/errors.html) and a DCV check that found
 * no proof (the codes of
 * https://dev.digicert.com/en/certcentral-apis/services-api/orders/dv-ssl--check-dcv.html). Each
 * keeps the status, the codes and the message, and has the plain refusal as its cause.
 */
final class DocumentedRefusal {

  /** The family's common start: {@code csr_invalid_cannot_parse} and its finer siblings. */
  private static final String CSR_INVALID = "csr_invalid";

  private static final Set<String> DCV_NOT_FOUND =
      Set.of(
          ErrorCodes.INVALID_DNS_TXT,
          ErrorCodes.FILE_RANDOM_VALUE_NOT_FOUND,
          ErrorCodes.INVALID_DNS_METHOD);

  private DocumentedRefusal() {}

  /** A {@link CsrInvalidException} when CertCentral refused the request's CSR. */
  static Optional<CertCentralException> csr(CertCentralException failure) {
    return refusedFor(failure, code -> code.startsWith(CSR_INVALID))
        .map(f -> new CsrInvalidException(f.getMessage(), f.httpStatus().orElse(0), f.errors(), f));
  }

  /** A {@link DcvCheckFailedException} when a DCV check found a domain's proof missing. */
  static Optional<CertCentralException> dcvCheck(CertCentralException failure) {
    return refusedFor(failure, DCV_NOT_FOUND::contains)
        .map(
            f ->
                new DcvCheckFailedException(
                    f.getMessage(), f.httpStatus().orElse(0), f.errors(), f));
  }

  private static Optional<CertCentralException> refusedFor(
      CertCentralException failure, Predicate<String> code) {
    boolean refused =
        failure.category() == ErrorCategory.INVALID_REQUEST
            && failure.errors().stream().map(DigiCertError::code).anyMatch(code);
    return refused ? Optional.of(failure) : Optional.empty();
  }
}
