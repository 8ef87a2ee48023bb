package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code certificate} object of an order or a reissue: the names to secure, the CSR, the
 * signature hash and the server platform.
 *
 * <p>The common name need not be among {@code dns_names}: DigiCert's own example orders {@code
 * example.com} with {@code dns_names} {@code sub.example.com, app.example.com}, and order info
 * describes {@code dns_names} as "additional names secured by the certificate"
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html,
 * https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-info.html). So nothing is
 * refused for it: the certificate secures the common name plus every other name, see {@link
 * #securedNames()}. Names are kept in lower case and each once.
 *
 * <p>The CSR is kept as sent; whether it parses is the CA's business (the fake's CA or DigiCert's).
 */
public final class CertificateDetails {

  /** DigiCert's server platform {@code OTHER}, used when an order names none. */
  public static final int OTHER_SERVER_PLATFORM = -1;

  private final String commonName;
  private final List<String> dnsNames;
  private final String csr;
  private final SignatureHash signatureHash;
  private final int serverPlatformId;

  private CertificateDetails(Builder builder) {
    this.commonName =
        builder.commonName == null || builder.commonName.isBlank()
            ? ""
            : DnsNames.normalise("certificate.common_name", builder.commonName);
    List<String> names = new ArrayList<>();
    for (String name : Objects.requireNonNullElse(builder.dnsNames, List.<String>of())) {
      String normalised = DnsNames.normalise("certificate.dns_names", name);
      if (!names.contains(normalised)) {
        names.add(normalised);
      }
    }
    this.dnsNames = List.copyOf(names);
    if (builder.csr == null || builder.csr.isBlank()) {
      throw InvalidRequestException.missingParameter("certificate.csr");
    }
    this.csr = builder.csr.trim();
    if (builder.signatureHash == SignatureHash.UNKNOWN) {
      throw InvalidRequestException.invalidParameter(
          "certificate.signature_hash", "'" + builder.rawSignatureHash + "' is not supported");
    }
    this.signatureHash = builder.signatureHash;
    this.serverPlatformId = builder.serverPlatformId;
  }

  /** Starts a builder; the CSR is required, the signature hash defaults to {@code sha256}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return builder()
        .commonName(commonName)
        .dnsNames(dnsNames)
        .csr(csr)
        .signatureHash(signatureHash)
        .serverPlatformId(serverPlatformId);
  }

  /** The common name in lower case, empty when not given (a reissue keeps the order's). */
  public String commonName() {
    return commonName;
  }

  /** The other names to secure as sent, in lower case, each once; empty when none were given. */
  public List<String> dnsNames() {
    return dnsNames;
  }

  /** Every name the certificate secures: the common name first, then the others, each once. */
  public List<String> securedNames() {
    return DnsNames.union(commonName, dnsNames);
  }

  /** The CSR as sent (PEM, or bare base64), trimmed. */
  public String csr() {
    return csr;
  }

  /** The hash the certificate is to be signed with. */
  public SignatureHash signatureHash() {
    return signatureHash;
  }

  /** DigiCert's {@code server_platform.id}, {@value #OTHER_SERVER_PLATFORM} for other. */
  public int serverPlatformId() {
    return serverPlatformId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CertificateDetails
        && commonName.equals(((CertificateDetails) other).commonName)
        && dnsNames.equals(((CertificateDetails) other).dnsNames)
        && csr.equals(((CertificateDetails) other).csr)
        && signatureHash == ((CertificateDetails) other).signatureHash
        && serverPlatformId == ((CertificateDetails) other).serverPlatformId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(commonName, dnsNames, csr, signatureHash, serverPlatformId);
  }

  @Override
  public String toString() {
    return "CertificateDetails{common_name="
        + commonName
        + ", dns_names="
        + dnsNames
        + ", signature_hash="
        + signatureHash.value()
        + ", server_platform="
        + serverPlatformId
        + ", csr="
        + csr.length()
        + " chars}";
  }

  /** Builds {@link CertificateDetails}, validating in {@link #build()}. */
  public static final class Builder {
    private String commonName = "";
    private List<String> dnsNames = List.of();
    private String csr;
    private SignatureHash signatureHash = SignatureHash.SHA256;
    private String rawSignatureHash = SignatureHash.SHA256.value();
    private int serverPlatformId = OTHER_SERVER_PLATFORM;

    private Builder() {}

    /** Sets the common name. */
    public Builder commonName(String commonName) {
      this.commonName = commonName;
      return this;
    }

    /** Sets the other names to secure. */
    public Builder dnsNames(List<String> dnsNames) {
      this.dnsNames = dnsNames;
      return this;
    }

    /** Sets the CSR, PEM or bare base64. */
    public Builder csr(String csr) {
      this.csr = csr;
      return this;
    }

    /** Sets a known signature hash. */
    public Builder signatureHash(SignatureHash signatureHash) {
      this.signatureHash = Objects.requireNonNull(signatureHash, "signatureHash");
      this.rawSignatureHash = signatureHash.value();
      return this;
    }

    /** Sets the signature hash from the wire; {@code null} or blank keeps {@code sha256}. */
    public Builder signatureHash(String raw) {
      if (raw != null && !raw.isBlank()) {
        this.signatureHash = SignatureHash.fromValue(raw);
        this.rawSignatureHash = raw;
      }
      return this;
    }

    /** Sets DigiCert's server platform id. */
    public Builder serverPlatformId(int serverPlatformId) {
      this.serverPlatformId = serverPlatformId;
      return this;
    }

    /**
     * Builds the details.
     *
     * @throws InvalidRequestException ({@code missing_param}) without a CSR, ({@code
     *     invalid_param}) for a name that is not a DNS name or an unsupported signature hash
     */
    public CertificateDetails build() {
      return new CertificateDetails(this);
    }
  }
}
