package dev.certcentral.cli;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Checks a downloaded chain with the JDK's PKIX validator against one root the caller chose to
 * trust, such as the fake's test CA (which no trust store holds, by design).
 */
final class ChainVerification {

  private ChainVerification() {}

  /**
   * Validates {@code chain} (end-entity first; a root at its end is dropped, the anchor stands for
   * it) to {@code root} at {@code when}. Revocation is not checked here: see {@link
   * RevocationList}.
   *
   * @throws GeneralSecurityException naming what failed, if the chain does not validate
   */
  static void verify(List<X509Certificate> chain, X509Certificate root, Date when)
      throws GeneralSecurityException {
    List<X509Certificate> path =
        chain.isEmpty() || !chain.get(chain.size() - 1).equals(root)
            ? chain
            : chain.subList(0, chain.size() - 1);
    CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
    parameters.setRevocationEnabled(false);
    parameters.setDate(when);
    CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
  }
}
