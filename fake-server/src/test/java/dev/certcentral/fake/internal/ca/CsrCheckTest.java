package dev.certcentral.fake.internal.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.CsrInvalidException;
import dev.certcentral.core.domain.error.ErrorCategory;
import dev.certcentral.core.domain.error.ErrorCodes;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsrCheckTest {

  private static final List<String> ORDER = List.of("example.com", "www.example.com");
  private static final KeyPair EC = Csrs.ec("secp256r1");
  private static final String GOOD = Csrs.pem(EC, "example.com", ORDER);

  @Test
  void aGoodCsrYieldsItsKeyAndNames() {
    CheckedCsr csr = CsrCheck.check(GOOD, ORDER);

    assertThat(csr.publicKey()).isEqualTo(EC.getPublic());
    assertThat(csr.keyAlgorithm()).isEqualTo("EC");
    assertThat(csr.keySize()).isEqualTo(256);
    assertThat(csr.commonName()).contains("example.com");
    assertThat(csr.dnsNames()).isEqualTo(ORDER);
  }

  @Test
  void rsaKeysFrom2048BitsAndP384AreAccepted() {
    KeyPair rsa = Csrs.rsa(2048);
    assertThat(CsrCheck.check(Csrs.pem(rsa, "example.com", List.of()), ORDER).keySize())
        .isEqualTo(2048);
    KeyPair p384 = Csrs.ec("secp384r1");
    assertThat(CsrCheck.check(Csrs.pem(p384, null, List.of()), ORDER).keySize()).isEqualTo(384);
  }

  @Test
  void everyWayDigiCertTakesACsrIsRead() {
    String body = GOOD.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");

    List<String> forms =
        List.of(
            GOOD,
            GOOD.replace("\n", "\r\n"),
            "-----BEGIN CERTIFICATE REQUEST-----" + body + "-----END CERTIFICATE REQUEST-----",
            GOOD.replace("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"),
            body,
            GOOD.replace("\n", "\\n"),
            "  " + GOOD + "  ");
    for (String form : forms) {
      assertThat(CsrCheck.check(form, ORDER).publicKey()).isEqualTo(EC.getPublic());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "not base64 at all!",
        "TUlJQg==",
        "-----BEGIN CERTIFICATE REQUEST-----\n@@@@\n-----END CERTIFICATE REQUEST-----"
      })
  void whatDoesNotReadIsCsrInvalidCannotParse(String text) {
    assertRefused(text, ErrorCodes.CSR_INVALID_CANNOT_PARSE, "CSR");
  }

  @Test
  void nullAndOverlongAndOtherPemAreCannotParseToo() {
    assertRefused(null, ErrorCodes.CSR_INVALID_CANNOT_PARSE, "empty");
    assertRefused(
        "A".repeat(CsrCheck.MAX_CSR_CHARS + 1), ErrorCodes.CSR_INVALID_CANNOT_PARSE, "longer");
    assertRefused(
        GOOD.replace("CERTIFICATE REQUEST", "CERTIFICATE"),
        ErrorCodes.CSR_INVALID_CANNOT_PARSE,
        "not a CSR");
  }

  @Test
  void aCsrSignedWithAnotherKeyIsCsrInvalidSignature() {
    assertRefused(
        Csrs.misSigned(EC, Csrs.ec("secp256r1")), ErrorCodes.CSR_INVALID_SIGNATURE, "signature");
  }

  @Test
  void aSmallRsaKeyOrAnotherCurveIsCsrInvalidKeySize() {
    assertRefused(
        Csrs.pem(Csrs.rsa(1024), "example.com", List.of()),
        ErrorCodes.CSR_INVALID_KEY_SIZE,
        "1024 bits");
    assertRefused(
        Csrs.pem(Csrs.ec("secp521r1"), "example.com", List.of()),
        ErrorCodes.CSR_INVALID_KEY_SIZE,
        "P-256 and P-384");
  }

  @Test
  void aKeyNeitherRsaNorEcIsCsrInvalidKeyType() {
    KeyPair ed25519 = Csrs.keys("Ed25519", new java.security.spec.NamedParameterSpec("Ed25519"));

    assertRefused(
        Csrs.pem(ed25519, "example.com", List.of()), ErrorCodes.CSR_INVALID_KEY_TYPE, "EdDSA");
  }

  @Test
  void namesThatAreNotTheOrdersAreRefused() {
    assertRefused(
        Csrs.pem(EC, "other.example", List.of()),
        ErrorCodes.CSR_INVALID_COMMON_NAME,
        "other.example");
    assertRefused(
        Csrs.pem(EC, "example.com", List.of("example.com", "evil.example")),
        ErrorCodes.CSR_INVALID_DNS_NAMES,
        "evil.example");
    assertRefused(
        Csrs.withSan(EC, new GeneralName(GeneralName.iPAddress, "192.0.2.1")),
        ErrorCodes.CSR_INVALID_DNS_NAMES,
        "not a DNS name");
  }

  @Test
  void namesCompareWithoutCase() {
    assertThat(CsrCheck.check(Csrs.pem(EC, "WWW.Example.COM", List.of()), ORDER).commonName())
        .contains("www.example.com");
  }

  @Test
  void derBytesInBase64AreABareCsr() {
    String bare = Base64.getEncoder().encodeToString(Csrs.der(EC, EC, "example.com", null));

    assertThat(CsrCheck.check(bare, ORDER).commonName()).contains("example.com");
  }

  @Test
  void aCsrOfTheLongestLengthIsRead() {
    String longest = GOOD + " ".repeat(CsrCheck.MAX_CSR_CHARS - GOOD.length());

    assertThat(longest).hasSize(CsrCheck.MAX_CSR_CHARS);
    assertThat(CsrCheck.check(longest, ORDER).publicKey()).isEqualTo(EC.getPublic());
  }

  @Test
  void rsaKeysOf2048To8192BitsPassTheSizeCheck() {
    // Keys this large take seconds to make; a modulus alone is enough to reach the size check,
    // and a CSR mis-signed by another key shows it passed by failing the next check instead.
    KeyPair signer = Csrs.ec("secp256r1");
    for (int bits : new int[] {2048, 8192}) {
      assertRefused(
          Csrs.misSigned(rsaModulusOnly(bits), signer),
          ErrorCodes.CSR_INVALID_SIGNATURE,
          "signature");
    }
    for (int bits : new int[] {2047, 8193}) {
      assertRefused(
          Csrs.misSigned(rsaModulusOnly(bits), signer),
          ErrorCodes.CSR_INVALID_KEY_SIZE,
          bits + " bits");
    }
  }

  /** An RSA public key with a modulus of {@code bits} bits, and no private half. */
  private static KeyPair rsaModulusOnly(int bits) {
    try {
      BigInteger modulus = BigInteger.ONE.shiftLeft(bits - 1).setBit(0);
      PublicKey key =
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(modulus, BigInteger.valueOf(65537)));
      return new KeyPair(key, null);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertRefused(String csr, String code, String mentioned) {
    assertThatThrownBy(() -> CsrCheck.check(csr, ORDER))
        .isInstanceOf(CsrInvalidException.class)
        .hasMessageContaining(mentioned)
        .satisfies(
            e -> {
              CsrInvalidException refused = (CsrInvalidException) e;
              assertThat(refused.primaryErrorCode()).isEqualTo(code);
              assertThat(refused.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
            });
  }
}
