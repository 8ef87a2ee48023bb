package dev.certcentral.fake.internal.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.ValidityPeriod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateBundlesTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final TestCertificateAuthority CA =
      TestCertificateAuthority.seeded(7, Clock.fixed(NOW, ZoneOffset.UTC));
  private static final X509Certificate LEAF =
      CA.issue(
              CsrCheck.check(
                  Csrs.pem(Csrs.ec("secp256r1"), "*.example.com", List.of()),
                  List.of("*.example.com", "example.com")),
              new LeafTemplate(
                  "*.example.com",
                  List.of("*.example.com", "example.com"),
                  new ValidityPeriod(NOW, NOW.plus(Duration.ofDays(30))),
                  SignatureHash.SHA256,
                  URI.create("http://127.0.0.1/crl")))
          .certificate();

  @ParameterizedTest
  @EnumSource(
      value = CertificateFormat.class,
      names = {"UNKNOWN"},
      mode = EnumSource.Mode.EXCLUDE)
  void eachFormatHoldsWhatTheGlossarySaysWithItsContentType(CertificateFormat format) {
    CertificateDownload download = CA.download(LEAF, format);

    assertThat(download.format()).isEqualTo(format);
    assertThat(download.contentType()).isEqualTo(format.contentType());
    List<X509Certificate> expected = new ArrayList<>(List.of(LEAF));
    if (format.includesIntermediate()) {
      expected.add(CA.intermediate());
    }
    if (format.includesRoot()) {
      expected.add(CA.root());
    }
    assertThat(download.certificates()).isEqualTo(expected);
  }

  @Test
  void pemAllIsLeafIntermediateRootInOneFile() {
    String text =
        new String(CA.download(LEAF, CertificateFormat.PEM_ALL).bytes(), StandardCharsets.US_ASCII);

    assertThat(text.split("-----BEGIN CERTIFICATE-----", -1)).hasSize(4);
    assertThat(text)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
  }

  @Test
  void theBundlesArePemArmouredPkcs7() {
    for (CertificateFormat format : List.of(CertificateFormat.P7B, CertificateFormat.CER)) {
      String text = new String(CA.download(LEAF, format).bytes(), StandardCharsets.US_ASCII);
      assertThat(text).startsWith("-----BEGIN PKCS7-----\n").endsWith("-----END PKCS7-----\n");
    }
  }

  @Test
  void zipsHoldOnePemFilePerCertificateNamedAsDigiCertNamesThem() throws IOException {
    assertThat(entries(CertificateFormat.DEFAULT))
        .containsExactly("star_example_com.crt", "DigiCertCA.crt", "TrustedRoot.crt");
    assertThat(entries(CertificateFormat.APACHE))
        .containsExactly("star_example_com.crt", "DigiCertCA.crt");
    assertThat(entries(CertificateFormat.DEFAULT_CER))
        .containsExactly("star_example_com.cer", "DigiCertCA.cer", "TrustedRoot.cer");
    assertThat(entries(CertificateFormat.DEFAULT_PEM))
        .containsExactly("star_example_com.crt", "DigiCertCA.crt", "TrustedRoot.crt");
  }

  @Test
  void theSameCertificateAlwaysZipsToTheSameBytes() {
    assertThat(CA.download(LEAF, CertificateFormat.DEFAULT).bytes())
        .isEqualTo(CA.download(LEAF, CertificateFormat.DEFAULT).bytes());
  }

  @Test
  void anUnknownFormatIsNotRendered() {
    assertThatThrownBy(() -> CA.download(LEAF, CertificateFormat.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> entries(CertificateFormat format) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(CA.download(LEAF, format).bytes()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
            .startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(entry.getLastModifiedTime().toInstant()).isEqualTo(NOW);
      }
    }
    return names;
  }
}
