package dev.certcentral.fake.internal.ca;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.ValidityPeriod;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestCertificateAuthorityTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final URI CRL_URL = URI.create("http://127.0.0.1:8089/__fake/crl");
  private static final List<String> NAMES = List.of("example.com", "www.example.com");
  private static final KeyPair EC = Csrs.ec("secp256r1");
  private static final ValidityPeriod VALIDITY =
      new ValidityPeriod(NOW, NOW.plus(Duration.ofDays(90)));

  private final TestCertificateAuthority ca = TestCertificateAuthority.seeded(42, CLOCK);

  private static LeafTemplate template(SignatureHash hash) {
    return new LeafTemplate("example.com", NAMES, VALIDITY, hash, CRL_URL);
  }

  private IssuedLeaf issue(KeyPair keys, SignatureHash hash) {
    return ca.issue(CsrCheck.check(Csrs.pem(keys, "example.com", NAMES), NAMES), template(hash));
  }

  @Test
  void theCaSaysPlainlyThatNoOneShouldTrustIt() {
    assertThat(ca.root().getSubjectX500Principal().getName()).contains("NOT TRUSTED");
    assertThat(ca.intermediate().getSubjectX500Principal().getName()).contains("NOT TRUSTED");
    assertThat(ca.root().getSubjectX500Principal().getName()).contains("for tests only");
    assertThat(ca.root().getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
    assertThat(ca.intermediate().getBasicConstraints()).isZero();
    assertThat(ca.root().getPublicKey().getAlgorithm()).isEqualTo("EC");
    assertThat(ca.root().getNotBefore())
        .isEqualTo(Date.from(Instant.parse("2026-03-04T00:00:00Z")));
  }

  @Test
  void theLeafVerifiesAgainstTheRootWithTheJdksPkix() throws Exception {
    IssuedLeaf leaf = issue(EC, SignatureHash.SHA256);

    PKIXParameters parameters = pkix();
    parameters.setRevocationEnabled(false);
    CertPathValidator.getInstance("PKIX").validate(path(leaf.certificate()), parameters);
  }

  @Test
  void theLeafCarriesTheOrdersNamesValidityAndHash() throws Exception {
    X509Certificate leaf = issue(EC, SignatureHash.SHA384).certificate();

    assertThat(leaf.getSubjectX500Principal().getName()).isEqualTo("CN=example.com");
    assertThat(leaf.getSubjectAlternativeNames().stream().map(entry -> (Object) entry.get(1)))
        .containsExactly("example.com", "www.example.com");
    assertThat(leaf.getNotBefore()).isEqualTo(Date.from(NOW));
    assertThat(leaf.getNotAfter()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(90))));
    assertThat(leaf.getSigAlgName()).isEqualTo("SHA384withECDSA");
    assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(leaf.getKeyUsage()[2]).as("keyEncipherment, for RSA only").isFalse();
    assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
    assertThat(leaf.getIssuerX500Principal())
        .isEqualTo(ca.intermediate().getSubjectX500Principal());
    assertThat(crlUrls(leaf)).containsExactly(CRL_URL.toString());
    assertThat(authorityKeyId(leaf)).isEqualTo(subjectKeyId(ca.intermediate()));
    assertThat(subjectKeyId(leaf)).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = SignatureHash.class,
      names = {"UNKNOWN"},
      mode = EnumSource.Mode.EXCLUDE)
  void eachSignatureHashSignsWithItsAlgorithm(SignatureHash hash) {
    String expected = "SHA" + hash.value().substring(3) + "withECDSA";
    assertThat(issue(EC, hash).certificate().getSigAlgName()).isEqualTo(expected);
  }

  @Test
  void anRsaLeafKeepsItsKeyAndMayEncipherKeys() {
    KeyPair rsa = Csrs.rsa(2048);
    IssuedLeaf leaf = issue(rsa, SignatureHash.SHA256);

    assertThat(leaf.certificate().getPublicKey()).isEqualTo(rsa.getPublic());
    assertThat(leaf.certificate().getKeyUsage()[2]).as("keyEncipherment").isTrue();
    assertThat(leaf.keySize()).isEqualTo(2048);
  }

  @Test
  void aRevokedSerialIsInTheCrlAndFailsPkixRevocationChecking() throws Exception {
    IssuedLeaf revoked = issue(EC, SignatureHash.SHA256);
    IssuedLeaf kept = issue(EC, SignatureHash.SHA256);
    Instant revokedAt = NOW.plus(Duration.ofDays(1));

    X509CRL crl = ca.crl(List.of(new RevokedSerial(revoked.serialNumber(), revokedAt)), revokedAt);

    crl.verify(ca.intermediate().getPublicKey());
    X509CRLEntry entry = crl.getRevokedCertificate(revoked.serialNumber());
    assertThat(entry).isNotNull();
    assertThat(entry.getRevocationDate()).isEqualTo(Date.from(revokedAt));
    assertThat(crl.getRevokedCertificate(kept.serialNumber())).isNull();
    assertThat(crl.isRevoked(revoked.certificate())).isTrue();
    assertThat(crl.getNextUpdate()).isEqualTo(Date.from(revokedAt.plus(Duration.ofDays(7))));

    PKIXParameters checked = pkix();
    checked.setDate(Date.from(revokedAt.plusSeconds(60)));
    checked.addCertStore(
        CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
    CertPathValidator validator = CertPathValidator.getInstance("PKIX");
    PKIXRevocationChecker crlOnly = (PKIXRevocationChecker) validator.getRevocationChecker();
    crlOnly.setOptions(
        EnumSet.of(
            PKIXRevocationChecker.Option.ONLY_END_ENTITY,
            PKIXRevocationChecker.Option.PREFER_CRLS,
            PKIXRevocationChecker.Option.NO_FALLBACK));
    checked.addCertPathChecker(crlOnly);

    validator.validate(path(kept.certificate()), checked);
    assertThatThrownBy(() -> validator.validate(path(revoked.certificate()), checked))
        .isInstanceOf(CertPathValidatorException.class)
        .satisfies(
            e ->
                assertThat(((CertPathValidatorException) e).getReason())
                    .isEqualTo(CertPathValidatorException.BasicReason.REVOKED));
  }

  @Test
  void theSameSeedGivesTheSameCaAndTheSameLeaves() throws Exception {
    TestCertificateAuthority twin = TestCertificateAuthority.seeded(42, CLOCK);
    String csr = Csrs.pem(EC, "example.com", NAMES);

    assertThat(twin.root().getEncoded()).isEqualTo(ca.root().getEncoded());
    assertThat(twin.intermediate().getEncoded()).isEqualTo(ca.intermediate().getEncoded());
    IssuedLeaf mine = ca.issue(CsrCheck.check(csr, NAMES), template(SignatureHash.SHA256));
    IssuedLeaf theirs = twin.issue(CsrCheck.check(csr, NAMES), template(SignatureHash.SHA256));
    assertThat(theirs.certificate().getEncoded()).isEqualTo(mine.certificate().getEncoded());
    X509CRL crl = ca.crl(List.of(new RevokedSerial(mine.serialNumber(), NOW)), NOW);
    assertThat(twin.crl(List.of(new RevokedSerial(mine.serialNumber(), NOW)), NOW).getEncoded())
        .isEqualTo(crl.getEncoded());
  }

  @Test
  void anotherSeedOrNoSeedGivesAnotherCa() throws Exception {
    TestCertificateAuthority other = TestCertificateAuthority.seeded(43, CLOCK);
    TestCertificateAuthority random = TestCertificateAuthority.random(CLOCK);
    TestCertificateAuthority random2 = TestCertificateAuthority.random(CLOCK);

    assertThat(other.root().getPublicKey()).isNotEqualTo(ca.root().getPublicKey());
    assertThat(random.root().getPublicKey()).isNotEqualTo(random2.root().getPublicKey());
    assertThat(random.root().getSerialNumber()).isNotEqualTo(random2.root().getSerialNumber());
  }

  @Test
  void serialsAreDistinctPositiveAndAtMost128Bits() {
    Set<BigInteger> serials = new java.util.HashSet<>();
    for (int i = 0; i < 20; i++) {
      BigInteger serial = issue(EC, SignatureHash.SHA256).serialNumber();
      assertThat(serial.signum()).isPositive();
      assertThat(serial.bitLength()).isLessThanOrEqualTo(127);
      serials.add(serial);
    }
    assertThat(serials).hasSize(20);
  }

  @Test
  void theIssuedLeafBecomesTheOrdersCertificate() {
    IssuedLeaf leaf = issue(EC, SignatureHash.SHA512);

    IssuedCertificate certificate = leaf.toIssuedCertificate(new CertificateId(9));

    assertThat(certificate.id()).isEqualTo(new CertificateId(9));
    assertThat(certificate.serialNumber())
        .matches("([0-9A-F]{2})+")
        .isEqualTo(leaf.serialNumberHex());
    assertThat(new BigInteger(certificate.serialNumber(), 16)).isEqualTo(leaf.serialNumber());
    assertThat(certificate.thumbprint()).matches("[0-9A-F]{40}");
    assertThat(certificate.commonName()).isEqualTo("example.com");
    assertThat(certificate.dnsNames()).isEqualTo(NAMES);
    assertThat(certificate.dateIssued()).isEqualTo(NOW);
    assertThat(certificate.validFrom()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(certificate.validTill()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(certificate.signatureHash()).isEqualTo(SignatureHash.SHA512);
    assertThat(certificate.keySize()).isEqualTo(256);
    assertThat(leaf.validity()).isEqualTo(VALIDITY);
    assertThat(leaf.dnsNames()).isEqualTo(NAMES);
    assertThat(leaf.signatureHash()).isEqualTo(SignatureHash.SHA512);
  }

  @Test
  void templatesRefuseWhatNoLeafCanSay() {
    assertThatThrownBy(
            () -> new LeafTemplate("a.example", List.of(), VALIDITY, SignatureHash.SHA256, CRL_URL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new LeafTemplate("a.example", NAMES, VALIDITY, SignatureHash.UNKNOWN, CRL_URL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RevokedSerial(null, NOW)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theChainIsTheLeafTheIntermediateAndTheRoot() {
    X509Certificate leaf = issue(EC, SignatureHash.SHA256).certificate();

    assertThat(ca.chain(leaf)).containsExactly(leaf, ca.intermediate(), ca.root());
  }

  @Test
  void certificatesAndCrlsArmourAndEncodeToWhatReadsBack() throws Exception {
    X509CRL crl = ca.crl(List.of(), NOW);
    CertificateFactory x509 = CertificateFactory.getInstance("X.509");

    byte[] der = TestCertificateAuthority.der(crl);
    assertThat(x509.generateCRL(new ByteArrayInputStream(der))).isEqualTo(crl);
    String crlPem = TestCertificateAuthority.pem(crl);
    assertThat(crlPem)
        .startsWith("-----BEGIN X509 CRL-----\n")
        .endsWith("-----END X509 CRL-----\n");
    assertThat(x509.generateCRL(new ByteArrayInputStream(crlPem.getBytes(US_ASCII))))
        .isEqualTo(crl);
    String rootPem = TestCertificateAuthority.pem(ca.root());
    assertThat(rootPem).startsWith("-----BEGIN CERTIFICATE-----\n");
    assertThat(x509.generateCertificate(new ByteArrayInputStream(rootPem.getBytes(US_ASCII))))
        .isEqualTo(ca.root());
  }

  @Test
  void theGivenKeyIsOneEcP256KeyPerCaFollowingTheSeed() {
    CheckedCsr given = ca.givenKey();

    assertThat(given.keyAlgorithm()).isEqualTo("EC");
    assertThat(given.keySize()).isEqualTo(256);
    assertThat(given.commonName()).isEmpty();
    assertThat(ca.givenKey()).isSameAs(given);
    assertThat(TestCertificateAuthority.seeded(42, CLOCK).givenKey().publicKey())
        .isEqualTo(given.publicKey());
    assertThat(TestCertificateAuthority.seeded(43, CLOCK).givenKey().publicKey())
        .isNotEqualTo(given.publicKey());
    assertThat(given.publicKey()).isNotEqualTo(ca.intermediate().getPublicKey());
    assertThat(ca.issue(given, template(SignatureHash.SHA256)).certificate().getPublicKey())
        .isEqualTo(given.publicKey());
  }

  private PKIXParameters pkix() throws Exception {
    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca.root(), null)));
    parameters.setDate(Date.from(NOW.plusSeconds(60)));
    return parameters;
  }

  private CertPath path(X509Certificate leaf) throws Exception {
    return CertificateFactory.getInstance("X.509")
        .generateCertPath(List.of(leaf, ca.intermediate()));
  }

  private static List<String> crlUrls(X509Certificate certificate) {
    CRLDistPoint points =
        CRLDistPoint.getInstance(
            ASN1OctetString.getInstance(
                    certificate.getExtensionValue(Extension.cRLDistributionPoints.getId()))
                .getOctets());
    return java.util.Arrays.stream(points.getDistributionPoints())
        .flatMap(
            p ->
                java.util.Arrays.stream(
                    GeneralNames.getInstance(p.getDistributionPoint().getName()).getNames()))
        .filter(n -> n.getTagNo() == GeneralName.uniformResourceIdentifier)
        .map(n -> n.getName().toString())
        .toList();
  }

  private static byte[] subjectKeyId(X509Certificate certificate) {
    return SubjectKeyIdentifier.getInstance(
            ASN1OctetString.getInstance(
                    certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                .getOctets())
        .getKeyIdentifier();
  }

  private static byte[] authorityKeyId(X509Certificate certificate) {
    return AuthorityKeyIdentifier.getInstance(
            ASN1OctetString.getInstance(
                    certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                .getOctets())
        .getKeyIdentifierOctets();
  }
}
