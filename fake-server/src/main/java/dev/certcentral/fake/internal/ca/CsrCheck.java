package dev.certcentral.fake.internal.ca;

import dev.certcentral.core.domain.error.CsrInvalidException;
import dev.certcentral.core.domain.error.ErrorCodes;
import java.io.IOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentVerifierProviderBuilder;
import org.bouncycastle.operator.bc.BcRSAContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * Reads and checks a CSR as the fake's CA accepts it, refusing with a {@code csr_invalid_*} code:
 * {@code csr_invalid_cannot_parse} (DigiCert's documented code) when it does not read, and the
 * fake's own codes of that family for a bad signature, a key type or size DigiCert does not accept
 * (RSA of 2048 to 8192 bits, EC on P-256 or P-384), or names that are not the order's.
 *
 * <p>It takes what DigiCert takes: PEM with {@code CERTIFICATE REQUEST} or {@code NEW CERTIFICATE
 * REQUEST} armour, on many lines or on one (DigiCert's reissue page asks for "a base64-encoded
 * string without line breaks" with the PEM header and footer), or bare base64. Newlines escaped
 * twice in JSON ({@code \\n}) are tolerated too.
 */
public final class CsrCheck {

  /** A CSR of an 8192-bit RSA key is about 3 KB of text; this bounds a hostile one. */
  static final int MAX_CSR_CHARS = 32 * 1024;

  private static final int MIN_RSA_BITS = 2048;
  private static final int MAX_RSA_BITS = 8192;
  private static final List<ASN1ObjectIdentifier> CURVES =
      List.of(X9ObjectIdentifiers.prime256v1, SECObjectIdentifiers.secp384r1);

  private static final Pattern ARMOUR =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

  private CsrCheck() {}

  /**
   * Reads and checks a CSR for an order securing {@code orderNames}.
   *
   * @param csr the CSR as the order sent it
   * @param orderNames every name the certificate will secure, lower case
   * @return the CSR's key and names
   * @throws CsrInvalidException with a {@code csr_invalid_*} code if it is refused
   */
  public static CheckedCsr check(String csr, List<String> orderNames) {
    JcaPKCS10CertificationRequest request = parse(csr);
    PublicKey key = publicKey(request);
    int keySize = acceptedKeySize(request.getSubjectPublicKeyInfo().getAlgorithm(), key);
    verifySignature(request, key);
    Optional<String> commonName = commonName(request);
    List<String> dnsNames = dnsNames(request);
    commonName.ifPresent(
        cn -> {
          if (!orderNames.contains(cn)) {
            throw new CsrInvalidException(
                ErrorCodes.CSR_INVALID_COMMON_NAME,
                "The CSR's common name " + cn + " is not one of the order's names " + orderNames);
          }
        });
    for (String name : dnsNames) {
      if (!orderNames.contains(name)) {
        throw new CsrInvalidException(
            ErrorCodes.CSR_INVALID_DNS_NAMES,
            "The CSR asks for " + name + ", which is not one of the order's names " + orderNames);
      }
    }
    return new CheckedCsr(key, key.getAlgorithm(), keySize, commonName, dnsNames);
  }

  private static JcaPKCS10CertificationRequest parse(String csr) {
    if (csr == null || csr.isBlank()) {
      throw cannotParse("The CSR is empty.", null);
    }
    if (csr.length() > MAX_CSR_CHARS) {
      throw cannotParse("The CSR is longer than " + MAX_CSR_CHARS + " characters.", null);
    }
    String base64 = csr.replace("\\r", "").replace("\\n", "");
    Matcher armour = ARMOUR.matcher(base64);
    if (armour.find()) {
      if (!armour.group(1).endsWith("CERTIFICATE REQUEST")) {
        throw cannotParse("The text is a PEM " + armour.group(1) + ", not a CSR.", null);
      }
      base64 = armour.group(2);
    }
    try {
      byte[] der = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
      return new JcaPKCS10CertificationRequest(der);
    } catch (IOException | RuntimeException e) {
      throw cannotParse("The CSR cannot be parsed: " + e.getMessage(), e);
    }
  }

  private static PublicKey publicKey(JcaPKCS10CertificationRequest request) {
    try {
      return request.getPublicKey();
    } catch (java.security.GeneralSecurityException | RuntimeException e) {
      throw new CsrInvalidException(
          ErrorCodes.CSR_INVALID_KEY_TYPE,
          "The CSR's key is of a type the CA does not accept; use RSA or EC.",
          e);
    }
  }

  private static int acceptedKeySize(AlgorithmIdentifier algorithm, PublicKey key) {
    if (key instanceof RSAPublicKey) {
      BigInteger modulus = ((RSAPublicKey) key).getModulus();
      int bits = modulus.bitLength();
      if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
        throw new CsrInvalidException(
            ErrorCodes.CSR_INVALID_KEY_SIZE,
            "The CSR's RSA key has "
                + bits
                + " bits; the CA accepts "
                + MIN_RSA_BITS
                + " to "
                + MAX_RSA_BITS
                + ".");
      }
      return bits;
    }
    if ("EC".equals(key.getAlgorithm())) {
      Object curve = algorithm.getParameters();
      if (!CURVES.contains(curve)) {
        throw new CsrInvalidException(
            ErrorCodes.CSR_INVALID_KEY_SIZE,
            "The CSR's EC key is on curve " + curve + "; the CA accepts P-256 and P-384.");
      }
      return ((java.security.interfaces.ECPublicKey) key)
          .getParams()
          .getCurve()
          .getField()
          .getFieldSize();
    }
    throw new CsrInvalidException(
        ErrorCodes.CSR_INVALID_KEY_TYPE,
        "The CSR's key is " + key.getAlgorithm() + "; the CA accepts RSA and EC.");
  }

  /**
   * Verifies with BouncyCastle's lightweight engines: JDK 17's pure-Java P-256 takes milliseconds
   * per ECDSA verification, BouncyCastle's specialised P-256 a fraction of that.
   */
  private static void verifySignature(JcaPKCS10CertificationRequest request, PublicKey key) {
    boolean valid;
    try {
      DefaultDigestAlgorithmIdentifierFinder digests = new DefaultDigestAlgorithmIdentifierFinder();
      ContentVerifierProvider verifier =
          key instanceof RSAPublicKey
              ? new BcRSAContentVerifierProviderBuilder(digests)
                  .build(PublicKeyFactory.createKey(request.getSubjectPublicKeyInfo()))
              : new BcECContentVerifierProviderBuilder(digests)
                  .build(PublicKeyFactory.createKey(request.getSubjectPublicKeyInfo()));
      valid = request.isSignatureValid(verifier);
    } catch (OperatorCreationException | PKCSException | IOException | RuntimeException e) {
      valid = false;
    }
    if (!valid) {
      throw new CsrInvalidException(
          ErrorCodes.CSR_INVALID_SIGNATURE,
          "The CSR's signature does not verify with its own key: it was altered or mis-signed.");
    }
  }

  private static Optional<String> commonName(JcaPKCS10CertificationRequest request) {
    RDN[] names = request.getSubject().getRDNs(BCStyle.CN);
    if (names.length == 0) {
      return Optional.empty();
    }
    return Optional.of(
        IETFUtils.valueToString(names[0].getFirst().getValue()).toLowerCase(Locale.ROOT));
  }

  private static List<String> dnsNames(JcaPKCS10CertificationRequest request) {
    List<String> names = new ArrayList<>();
    for (Attribute attribute :
        request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
      Extensions extensions = Extensions.getInstance(attribute.getAttrValues().getObjectAt(0));
      GeneralNames alternatives =
          GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
      if (alternatives == null) {
        continue;
      }
      for (GeneralName name : alternatives.getNames()) {
        if (name.getTagNo() != GeneralName.dNSName) {
          throw new CsrInvalidException(
              ErrorCodes.CSR_INVALID_DNS_NAMES,
              "The CSR asks for a subject alternative name that is not a DNS name: " + name);
        }
        names.add(((ASN1String) name.getName()).getString().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static CsrInvalidException cannotParse(String message, Throwable cause) {
    return new CsrInvalidException(ErrorCodes.CSR_INVALID_CANNOT_PARSE, message, cause);
  }
}
