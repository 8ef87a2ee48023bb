package dev.certcentral.fake.internal.ca;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;

/**
 * A leaf and its chain in DigiCert's download formats, with the glossary's content types
 * (https://dev.digicert.com/glossary/#certificate-formats): PEM bundles (end-entity, intermediate,
 * root, as each format holds them), a PEM-armoured PKCS#7 certs-only bundle for {@code p7b} and
 * {@code cer}, and zips of one PEM file per certificate.
 *
 * <p>The glossary gives no file names inside the zips. The fake names them as real DigiCert zips
 * do, so unpacking scripts written against DigiCert work here: the leaf after its common name
 * ({@code star_example_com.crt} for {@code *.example.com}), {@code DigiCertCA} for the intermediate
 * and {@code TrustedRoot} for the root, each with the format's extension. Entries carry the leaf's
 * {@code notBefore} as their time, so the same certificate always zips to the same bytes.
 */
final class CertificateBundles {

  private CertificateBundles() {}

  static CertificateDownload render(
      CertificateFormat format,
      X509Certificate leaf,
      X509Certificate intermediate,
      X509Certificate root) {
    if (format == CertificateFormat.UNKNOWN) {
      throw new IllegalArgumentException("no download in an unknown format");
    }
    Map<String, X509Certificate> files = new LinkedHashMap<>();
    files.put(leafFileName(leaf), leaf);
    if (format.includesIntermediate()) {
      files.put("DigiCertCA", intermediate);
    }
    if (format.includesRoot()) {
      files.put("TrustedRoot", root);
    }
    byte[] bytes =
        switch (format.container()) {
          case PEM -> pem(files.values()).getBytes(StandardCharsets.US_ASCII);
          case PKCS7 -> pkcs7(files.values());
          case ZIP -> zip(files, format.fileExtension(), leaf);
        };
    return CertificateDownload.of(format, format.contentType(), bytes);
  }

  private static String leafFileName(X509Certificate leaf) {
    String subject = leaf.getSubjectX500Principal().getName();
    String commonName =
        subject.startsWith("CN=") ? subject.substring(3).split(",")[0] : "certificate";
    return commonName.toLowerCase(Locale.ROOT).replace("*", "star").replace('.', '_');
  }

  private static String pem(Iterable<X509Certificate> certificates) {
    StringBuilder text = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      text.append(Pem.armour("CERTIFICATE", der(certificate)));
    }
    return text.toString();
  }

  private static byte[] pkcs7(Iterable<X509Certificate> certificates) {
    try {
      List<X509Certificate> list = new ArrayList<>();
      certificates.forEach(list::add);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addCertificates(new JcaCertStore(list));
      byte[] der = generator.generate(new CMSAbsentContent()).getEncoded();
      return Pem.armour("PKCS7", der).getBytes(StandardCharsets.US_ASCII);
    } catch (CertificateEncodingException | CMSException | IOException e) {
      throw new IllegalStateException("the test CA failed to bundle a chain", e);
    }
  }

  private static byte[] zip(
      Map<String, X509Certificate> files, String extension, X509Certificate leaf) {
    FileTime time = FileTime.fromMillis(leaf.getNotBefore().getTime());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, X509Certificate> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey() + extension);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        // Each entry is closed by the next putNextEntry, the last by close().
        zip.write(
            Pem.armour("CERTIFICATE", der(file.getValue())).getBytes(StandardCharsets.US_ASCII));
      }
    } catch (IOException e) {
      throw new IllegalStateException("zipping in memory failed", e);
    }
    return out.toByteArray();
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a certificate this CA made cannot be encoded", e);
    }
  }
}
