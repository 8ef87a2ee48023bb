package dev.certcentral.fake.internal.certificates;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.fake.internal.ca.TestCertificateAuthority;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Certificates in DigiCert's JSON: the chain endpoint's {@code intermediates}, and the {@code
 * certificate_chain} of an order issued at once, each certificate as {@code {subject_common_name,
 * pem}} (the shape public clients read: Keyfactor's CertificateChain.cs, sapcc/go-certcentral's
 * certificate.go; DigiCert's page was not readable here).
 */
public final class CertificateJson {

  private CertificateJson() {}

  /** {@code {"intermediates": [...]}}, the leaf first. */
  public static void chain(JsonWriter json, List<X509Certificate> chain) throws IOException {
    json.beginObject();
    certificates(json.name("intermediates"), chain);
    json.endObject();
  }

  /** An array of certificates, each with its subject's common name and its PEM. */
  public static void certificates(JsonWriter json, List<X509Certificate> chain) throws IOException {
    json.beginArray();
    for (X509Certificate certificate : chain) {
      json.beginObject();
      json.name("subject_common_name").value(commonName(certificate));
      json.name("pem").value(TestCertificateAuthority.pem(certificate));
      json.endObject();
    }
    json.endArray();
  }

  private static String commonName(X509Certificate certificate) {
    for (String part : certificate.getSubjectX500Principal().getName().split(",")) {
      if (part.startsWith("CN=")) {
        return part.substring(3);
      }
    }
    return "";
  }
}
