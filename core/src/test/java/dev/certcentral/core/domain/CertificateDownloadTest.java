package dev.certcentral.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.ErrorCategory;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The chain files are made once with openssl: EC P-256 root, intermediate and leaf. */
class CertificateDownloadTest {

  private static final byte[] PEM_CHAIN = resource("chain.pem");
  private static final byte[] SHUFFLED_P7B = resource("chain-shuffled.p7b");
  private static final List<String> CHAIN_SUBJECTS =
      List.of(
          "CN=example.com",
          "CN=Core Test Intermediate - NOT TRUSTED",
          "CN=Core Test Root - NOT TRUSTED");

  @Test
  void aPemBundleParsesLeafFirst() {
    CertificateDownload download =
        CertificateDownload.of(CertificateFormat.PEM_ALL, "application/x-pem-file", PEM_CHAIN);

    assertThat(subjects(download.certificates())).isEqualTo(CHAIN_SUBJECTS);
  }

  @Test
  void aPemArmouredPkcs7BundleParsesAndIsPutInChainOrder() {
    CertificateDownload download =
        CertificateDownload.of(
            CertificateFormat.P7B, "application/x-pkcs7-certificates", SHUFFLED_P7B);

    assertThat(subjects(download.certificates())).isEqualTo(CHAIN_SUBJECTS);
  }

  @Test
  void aZipIsReadEntryByEntry() throws IOException {
    List<X509Certificate> chain =
        CertificateDownload.of(CertificateFormat.PEM_ALL, "", PEM_CHAIN).certificates();
    byte[] zip =
        zip(
            new String[] {"example_com.crt", "DigiCertCA.crt", "TrustedRoot.crt"},
            new byte[][] {pem(chain.get(0)), pem(chain.get(1)), pem(chain.get(2))});

    CertificateDownload download =
        CertificateDownload.of(CertificateFormat.DEFAULT, "application/zip", zip);

    assertThat(download.certificates()).isEqualTo(chain);
  }

  @Test
  void theBytesAreKeptExactlyAndCannotBeChangedFromOutside() {
    byte[] sent = PEM_CHAIN.clone();
    CertificateDownload download = CertificateDownload.of(CertificateFormat.PEM_ALL, null, sent);
    sent[0] = 'X';
    download.bytes()[1] = 'Y';

    assertThat(download.bytes()).isEqualTo(PEM_CHAIN);
    assertThat(download.size()).isEqualTo(PEM_CHAIN.length);
    assertThat(download.contentType()).isEmpty();
    assertThat(download.format()).isEqualTo(CertificateFormat.PEM_ALL);
    assertThat(download)
        .isEqualTo(CertificateDownload.of(CertificateFormat.PEM_ALL, "", PEM_CHAIN))
        .hasSameHashCodeAs(CertificateDownload.of(CertificateFormat.PEM_ALL, "", PEM_CHAIN))
        .isNotEqualTo(CertificateDownload.of(CertificateFormat.PEM_NOROOT, "", PEM_CHAIN))
        .isNotEqualTo("bytes");
    assertThat(download.toString()).contains("pem_all", PEM_CHAIN.length + " bytes");
  }

  @Test
  void contentWithoutACertificateIsATypedErrorWithAnExcerpt() throws IOException {
    assertUnreadable("<html>Service Unavailable</html>".getBytes(StandardCharsets.UTF_8), "<html>");
    assertUnreadable(new byte[0], "");
    assertUnreadable(zip(new String[] {"dir/"}, new byte[][] {null}), "PK");
    assertUnreadable(zip(new String[] {"big.crt"}, new byte[][] {new byte[(1 << 20) + 1]}), "PK");
  }

  private static void assertUnreadable(byte[] content, String excerpt) {
    CertificateDownload download = CertificateDownload.of(CertificateFormat.DEFAULT, "", content);
    assertThatThrownBy(download::certificates)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("default download holds no readable certificate")
        .satisfies(
            e -> {
              UnexpectedResponseException unreadable = (UnexpectedResponseException) e;
              assertThat(unreadable.category()).isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE);
              assertThat(unreadable.bodyExcerpt()).startsWith(excerpt);
              assertThat(unreadable.httpStatus()).isEmpty();
            });
  }

  @ParameterizedTest
  @EnumSource(CertificateFormat.class)
  void everyFormatHasItsGlossaryContentType(CertificateFormat format) {
    String expected =
        switch (format.value()) {
          case "default", "apache", "default_cer", "default_pem" -> "application/zip";
          case "cer", "p7b" -> "application/x-pkcs7-certificates";
          default -> "application/x-pem-file";
        };
    assertThat(format.contentType()).isEqualTo(expected);
    assertThat(CertificateFormat.fromValue(format.value())).isEqualTo(format);
  }

  @Test
  void formatsSayWhatTheyHold() {
    assertThat(CertificateFormat.APACHE.includesRoot()).isFalse();
    assertThat(CertificateFormat.APACHE.includesIntermediate()).isTrue();
    assertThat(CertificateFormat.PEM_NOINTERMEDIATE.includesIntermediate()).isFalse();
    assertThat(CertificateFormat.PEM_NOINTERMEDIATE.includesRoot()).isTrue();
    assertThat(CertificateFormat.DEFAULT_CER.fileExtension()).isEqualTo(".cer");
    assertThat(CertificateFormat.P7B.container()).isEqualTo(CertificateFormat.Container.PKCS7);
    assertThat(CertificateFormat.fromValue("pfx")).isEqualTo(CertificateFormat.UNKNOWN);
  }

  private static List<String> subjects(List<X509Certificate> chain) {
    return chain.stream().map(c -> c.getSubjectX500Principal().getName()).toList();
  }

  private static byte[] pem(X509Certificate certificate) {
    try {
      String body =
          java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded());
      return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n")
          .getBytes(StandardCharsets.US_ASCII);
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] zip(String[] names, byte[][] contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.length; i++) {
        zip.putNextEntry(new ZipEntry(names[i]));
        if (contents[i] != null) {
          zip.write(contents[i]);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] resource(String name) {
    try (InputStream in = CertificateDownloadTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
