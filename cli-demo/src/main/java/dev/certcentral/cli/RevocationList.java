package dev.certcentral.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * A certificate's CRL, found as a relying party finds it: the URL in the certificate's CRL
 * distribution points, fetched over HTTP, parsed by the JDK and checked against its issuer's key.
 */
final class RevocationList {

  /** {@code id-ce-cRLDistributionPoints} (RFC 5280 section 4.2.1.13). */
  private static final String CRL_DISTRIBUTION_POINTS = "2.5.29.31";

  /** CRLs of a test CA are a few hundred bytes; this bounds what a wrong URL can send. */
  private static final int MAX_BYTES = 1 << 20;

  private RevocationList() {}

  /** The CRL URLs the certificate names, in order; empty when it names none. */
  static List<URI> distributionPoints(X509Certificate certificate) {
    byte[] extension = certificate.getExtensionValue(CRL_DISTRIBUTION_POINTS);
    if (extension == null) {
      return List.of();
    }
    return Der.uris(extension).stream().map(URI::create).toList();
  }

  /**
   * Fetches the CRL at {@code url} and checks that {@code issuer} signed it.
   *
   * @throws IOException if it cannot be fetched, or the answer is not a 200 within bounds
   * @throws GeneralSecurityException if it does not parse or its signature does not verify
   */
  static X509CRL fetch(URI url, X509Certificate issuer)
      throws IOException, GeneralSecurityException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build();
    byte[] body;
    try {
      HttpResponse<InputStream> answer =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = answer.body()) {
        if (answer.statusCode() != 200) {
          throw new IOException(url + " answered " + answer.statusCode());
        }
        body = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + url, e);
    }
    if (body.length > MAX_BYTES) {
      throw new IOException(url + " sent more than " + MAX_BYTES + " bytes");
    }
    X509CRL crl =
        (X509CRL)
            CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(body));
    crl.verify(issuer.getPublicKey());
    return crl;
  }
}
