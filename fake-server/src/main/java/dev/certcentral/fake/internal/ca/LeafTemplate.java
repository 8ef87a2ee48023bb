package dev.certcentral.fake.internal.ca;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.ValidityPeriod;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a leaf certificate says besides its key: the order's names, its validity and signature hash
 * (from the order, see {@link dev.certcentral.core.domain.Order#certificateValidity}), and where
 * its CRL is (the fake's own CRL URL, so a user's revocation checking can be tested).
 *
 * @param commonName the subject's common name
 * @param dnsNames every name the certificate secures, the common name first
 * @param validity when it is valid
 * @param signatureHash the hash the CA signs it with
 * @param crlUrl the CRL distribution point put in the certificate
 */
public record LeafTemplate(
    String commonName,
    List<String> dnsNames,
    ValidityPeriod validity,
    SignatureHash signatureHash,
    URI crlUrl) {

  /** Validates the parts: a name, a known hash and an http(s) CRL URL. */
  public LeafTemplate {
    Objects.requireNonNull(commonName, "commonName");
    dnsNames = List.copyOf(dnsNames);
    if (dnsNames.isEmpty()) {
      throw new IllegalArgumentException("a leaf secures at least one name");
    }
    Objects.requireNonNull(validity, "validity");
    if (signatureHash == null || signatureHash == SignatureHash.UNKNOWN) {
      throw new IllegalArgumentException("a leaf needs a known signature hash");
    }
    Objects.requireNonNull(crlUrl, "crlUrl");
  }

  /**
   * The leaf for an order's next certificate ({@link
   * dev.certcentral.core.domain.Order#certificateToIssue()}), valid for {@code validity} ({@link
   * dev.certcentral.core.domain.Order#certificateValidity}).
   */
  public static LeafTemplate forCertificate(
      CertificateDetails certificate, ValidityPeriod validity, URI crlUrl) {
    return new LeafTemplate(
        certificate.commonName(),
        certificate.securedNames(),
        validity,
        certificate.signatureHash(),
        crlUrl);
  }
}
