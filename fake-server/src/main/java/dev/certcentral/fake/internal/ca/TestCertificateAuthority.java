package dev.certcentral.fake.internal.ca;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.SignatureHash;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;

/**
 * The fake's own throwaway CA: a root and an intermediate per fake instance that issue genuine
 * X.509 leaves for the keys of checked CSRs, and a CRL of the serials revoked.
 *
 * <p>Its names say plainly that no one should trust it. Both CA keys are EC P-256: every client
 * verifies it, and its signatures are cheap where an RSA-2048 one costs milliseconds; the leaf
 * keeps whatever key its CSR has. The JDK makes the keys and reads the certificates back;
 * BouncyCastle's lightweight engine signs, because JDK 17's own P-256 is several times slower (see
 * bench/README.md). BouncyCastle's JCA provider is never installed.
 *
 * <p>Seeded, it is deterministic: the same seed and the same clock give the same keys, and the same
 * issuances in the same order give the same certificates byte for byte (serials and ECDSA nonces
 * come from the seed). CA dates start at the clock's day, so a seeded fake restarted the same day
 * has the same root. Thread-safe.
 */
public final class TestCertificateAuthority {

  /** The root's common name. */
  public static final String ROOT_NAME = "CertCentral Fake Test Root CA - NOT TRUSTED";

  /** The intermediate's common name. */
  public static final String INTERMEDIATE_NAME =
      "CertCentral Fake Test Intermediate CA - NOT TRUSTED";

  private static final String ORGANIZATION =
      "certcentral-java fake server - for tests only, trust nothing it signs";
  private static final Duration CA_LIFETIME = Duration.ofDays(20 * 365);
  private static final Duration CRL_LIFETIME = Duration.ofDays(7);

  private final RandomSource randomness;
  private final KeyPair rootKeys;
  private final KeyPair intermediateKeys;
  private final AsymmetricKeyParameter rootSigningKey;
  private final AsymmetricKeyParameter intermediateSigningKey;
  private final X509Certificate root;
  private final X509Certificate intermediate;
  private final AtomicLong issued = new AtomicLong();
  private volatile CheckedCsr givenKey;

  private TestCertificateAuthority(RandomSource randomness, Clock clock) {
    this.randomness = randomness;
    Instant notBefore =
        clock.instant().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    Instant notAfter = notBefore.plus(CA_LIFETIME);
    this.rootKeys = ecKeys("root-key");
    this.intermediateKeys = ecKeys("intermediate-key");
    this.rootSigningKey = signingKey(rootKeys.getPrivate());
    this.intermediateSigningKey = signingKey(intermediateKeys.getPrivate());
    X500Name rootName = name(ROOT_NAME);
    this.root =
        caCertificate(
            rootName,
            rootKeys.getPublic(),
            rootName,
            rootKeys.getPublic(),
            rootSigningKey,
            notBefore,
            notAfter,
            -1,
            "root");
    this.intermediate =
        caCertificate(
            name(INTERMEDIATE_NAME),
            intermediateKeys.getPublic(),
            rootName,
            rootKeys.getPublic(),
            rootSigningKey,
            notBefore,
            notAfter,
            0,
            "intermediate");
  }

  /** A CA whose keys and certificates follow from {@code seed} and the clock's day. */
  public static TestCertificateAuthority seeded(long seed, Clock clock) {
    return new TestCertificateAuthority(RandomSource.seeded(seed), clock);
  }

  /** A CA with random keys. */
  public static TestCertificateAuthority random(Clock clock) {
    return new TestCertificateAuthority(RandomSource.unseeded(), clock);
  }

  /** The self-signed root: the one certificate a test trusts. */
  public X509Certificate root() {
    return root;
  }

  /** The intermediate, signed by the root; it signs leaves and the CRL. */
  public X509Certificate intermediate() {
    return intermediate;
  }

  /**
   * Issues a leaf for a checked CSR's key: the template's names as subject alternative names (the
   * common name as subject), its validity and signature hash, {@code serverAuth}, key and subject
   * key identifiers, and its CRL distribution point.
   */
  public IssuedLeaf issue(CheckedCsr csr, LeafTemplate template) {
    return issue(csr, template, nextSerial());
  }

  /**
   * The serial the next leaf gets: positive, at most 128 bits, from the seed or at random. Handed
   * out before signing so an order can show a certificate's serial before the certificate is made
   * (the fake signs the certificates of given orders when they are first downloaded).
   */
  public BigInteger nextSerial() {
    return serial("leaf-serial-" + issued.incrementAndGet());
  }

  /**
   * Issues a leaf with a serial from {@link #nextSerial()}; the same serial, CSR key and template
   * give the same certificate, byte for byte, when seeded.
   */
  public IssuedLeaf issue(CheckedCsr csr, LeafTemplate template, BigInteger serial) {
    GeneralName[] names =
        template.dnsNames().stream()
            .map(name -> new GeneralName(GeneralName.dNSName, name))
            .toArray(GeneralName[]::new);
    int usage =
        csr.publicKey() instanceof RSAPublicKey
            ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
            : KeyUsage.digitalSignature;
    DistributionPoint crl =
        new DistributionPoint(
            new DistributionPointName(
                new GeneralNames(
                    new GeneralName(
                        GeneralName.uniformResourceIdentifier, template.crlUrl().toString()))),
            null,
            null);
    try {
      BcX509ExtensionUtils identifiers = new BcX509ExtensionUtils();
      SubjectPublicKeyInfo leafKey = keyInfo(csr.publicKey());
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
                  name(INTERMEDIATE_NAME),
                  serial,
                  Date.from(template.validity().notBefore()),
                  Date.from(template.validity().notAfter()),
                  name(template.commonName()),
                  leafKey)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
              .addExtension(
                  Extension.extendedKeyUsage,
                  false,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
              .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  identifiers.createSubjectKeyIdentifier(leafKey))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  identifiers.createAuthorityKeyIdentifier(keyInfo(intermediateKeys.getPublic())))
              .addExtension(
                  Extension.cRLDistributionPoints,
                  false,
                  new CRLDistPoint(new DistributionPoint[] {crl}));
      ContentSigner signer =
          signer(
              template.signatureHash(),
              intermediateSigningKey,
              "leaf-signature-" + serial.toString(16));
      X509Certificate leaf =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      return new IssuedLeaf(leaf, template, csr.keySize());
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("the test CA failed to issue a certificate", e);
    }
  }

  /**
   * The intermediate's CRL, listing every revoked serial: what the fake serves at the URL it puts
   * in its leaves. Valid for a week from {@code thisUpdate}; its number is {@code thisUpdate} in
   * epoch seconds, so later CRLs have larger numbers.
   */
  public X509CRL crl(Collection<RevokedSerial> revoked, Instant thisUpdate) {
    Instant now = thisUpdate.truncatedTo(ChronoUnit.SECONDS);
    try {
      X509v2CRLBuilder builder =
          new X509v2CRLBuilder(name(INTERMEDIATE_NAME), Date.from(now))
              .setNextUpdate(Date.from(now.plus(CRL_LIFETIME)))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  new BcX509ExtensionUtils()
                      .createAuthorityKeyIdentifier(keyInfo(intermediateKeys.getPublic())))
              .addExtension(
                  Extension.cRLNumber,
                  false,
                  new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
      for (RevokedSerial entry : revoked) {
        builder.addCRLEntry(
            entry.serialNumber(), Date.from(entry.revokedAt()), CRLReason.unspecified);
      }
      ContentSigner signer =
          signer(
              SignatureHash.SHA256,
              intermediateSigningKey,
              "crl-" + now.getEpochSecond() + "-" + revoked.size());
      return new JcaX509CRLConverter().getCRL(builder.build(signer));
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("the test CA failed to sign its CRL", e);
    }
  }

  /**
   * The key the fake certifies for orders it was given without a CSR (through the control API): one
   * EC P-256 key per CA, from the seed, made on first use. Its private half never leaves the fake.
   */
  public CheckedCsr givenKey() {
    CheckedCsr made = givenKey;
    if (made == null) {
      synchronized (this) {
        made = givenKey;
        if (made == null) {
          KeyPair keys = ecKeys("given-key");
          made = new CheckedCsr(keys.getPublic(), "EC", 256, Optional.empty(), List.of());
          givenKey = made;
        }
      }
    }
    return made;
  }

  /** The leaf, the intermediate and the root, in that order. */
  public List<X509Certificate> chain(X509Certificate leaf) {
    return List.of(leaf, intermediate, root);
  }

  /** A CRL in PEM armour. */
  public static String pem(X509CRL crl) {
    return Pem.armour("X509 CRL", der(crl));
  }

  /** A CRL in DER, as served at its URL. */
  public static byte[] der(X509CRL crl) {
    try {
      return crl.getEncoded();
    } catch (java.security.cert.CRLException e) {
      throw new IllegalStateException("a CRL this CA made cannot be encoded", e);
    }
  }

  /** A certificate in PEM armour. */
  public static String pem(X509Certificate certificate) {
    try {
      return Pem.armour("CERTIFICATE", certificate.getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException("a certificate this CA made cannot be encoded", e);
    }
  }

  /** A leaf with this CA's chain in one of DigiCert's download formats. */
  public CertificateDownload download(X509Certificate leaf, CertificateFormat format) {
    return CertificateBundles.render(format, leaf, intermediate, root);
  }

  private KeyPair ecKeys(String purpose) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), randomness.forPurpose(purpose));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no EC P-256", e);
    }
  }

  private X509Certificate caCertificate(
      X500Name subject,
      PublicKey subjectKey,
      X500Name issuer,
      PublicKey issuerKey,
      AsymmetricKeyParameter issuerSigningKey,
      Instant notBefore,
      Instant notAfter,
      int pathLength,
      String purpose) {
    try {
      BcX509ExtensionUtils identifiers = new BcX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
                  issuer,
                  serial(purpose + "-serial"),
                  Date.from(notBefore),
                  Date.from(notAfter),
                  subject,
                  keyInfo(subjectKey))
              .addExtension(
                  Extension.basicConstraints,
                  true,
                  pathLength < 0 ? new BasicConstraints(true) : new BasicConstraints(pathLength))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  identifiers.createSubjectKeyIdentifier(keyInfo(subjectKey)))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  identifiers.createAuthorityKeyIdentifier(keyInfo(issuerKey)));
      ContentSigner signer = signer(SignatureHash.SHA256, issuerSigningKey, purpose + "-signature");
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("the test CA failed to make its " + purpose, e);
    }
  }

  /**
   * Signs with BouncyCastle's lightweight ECDSA: JDK 17's pure-Java P-256 costs milliseconds per
   * signature, BouncyCastle's specialised P-256 with precomputed multiples a fraction of that.
   */
  private ContentSigner signer(SignatureHash hash, AsymmetricKeyParameter key, String purpose)
      throws GeneralSecurityException {
    AlgorithmIdentifier signature =
        new DefaultSignatureAlgorithmIdentifierFinder()
            .find("SHA" + hash.value().substring("sha".length()) + "withECDSA");
    AlgorithmIdentifier digest = new DefaultDigestAlgorithmIdentifierFinder().find(signature);
    try {
      return new BcECContentSignerBuilder(signature, digest)
          .setSecureRandom(randomness.forPurpose(purpose))
          .build(key);
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("no signer for " + hash.value(), e);
    }
  }

  private static AsymmetricKeyParameter signingKey(PrivateKey key) {
    try {
      return PrivateKeyFactory.createKey(key.getEncoded());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the CA's own key does not convert", e);
    }
  }

  private static SubjectPublicKeyInfo keyInfo(PublicKey key) {
    return SubjectPublicKeyInfo.getInstance(key.getEncoded());
  }

  /** A positive serial of at most 128 bits, never zero, from the seed or at random. */
  private BigInteger serial(String purpose) {
    byte[] bytes = randomness.bytes(purpose);
    bytes[0] &= 0x7f;
    BigInteger serial = new BigInteger(bytes);
    return serial.signum() == 0 ? BigInteger.ONE : serial;
  }

  private static X500Name name(String commonName) {
    Objects.requireNonNull(commonName, "commonName");
    X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
    if (commonName.equals(ROOT_NAME) || commonName.equals(INTERMEDIATE_NAME)) {
      builder.addRDN(BCStyle.O, ORGANIZATION);
    }
    return builder.addRDN(BCStyle.CN, commonName).build();
  }
}
