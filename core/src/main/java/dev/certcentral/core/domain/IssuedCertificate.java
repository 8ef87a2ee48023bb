package dev.certcentral.core.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The certificate an issued order carries: the fields of order info's {@code certificate} object
 * that exist once DigiCert has issued
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-info.html).
 *
 * <p>A CA makes it (the fake's test CA, or DigiCert); {@link Order#issue} accepts it only for names
 * whose control has been shown.
 */
public final class IssuedCertificate {

  private final CertificateId id;
  private final String serialNumber;
  private final String thumbprint;
  private final String commonName;
  private final List<String> dnsNames;
  private final Instant dateIssued;
  private final LocalDate validFrom;
  private final LocalDate validTill;
  private final SignatureHash signatureHash;
  private final int keySize;

  private IssuedCertificate(Builder builder) {
    this.id = Objects.requireNonNull(builder.id, "id");
    this.serialNumber = requireText("serialNumber", builder.serialNumber);
    this.thumbprint = Objects.requireNonNullElse(builder.thumbprint, "");
    this.commonName = Objects.requireNonNullElse(builder.commonName, "");
    this.dnsNames = List.copyOf(Objects.requireNonNullElse(builder.dnsNames, List.of()));
    this.dateIssued = Objects.requireNonNull(builder.dateIssued, "dateIssued");
    this.validFrom = Objects.requireNonNull(builder.validFrom, "validFrom");
    this.validTill = Objects.requireNonNull(builder.validTill, "validTill");
    if (validTill.isBefore(validFrom)) {
      throw new IllegalArgumentException("valid_till " + validTill + " is before " + validFrom);
    }
    this.signatureHash = Objects.requireNonNull(builder.signatureHash, "signatureHash");
    this.keySize = builder.keySize;
  }

  private static String requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** Starts a builder for the certificate with this id. */
  public static Builder builder(CertificateId id) {
    return new Builder(id);
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(id)
        .serialNumber(serialNumber)
        .thumbprint(thumbprint)
        .commonName(commonName)
        .dnsNames(dnsNames)
        .dateIssued(dateIssued)
        .validFrom(validFrom)
        .validTill(validTill)
        .signatureHash(signatureHash)
        .keySize(keySize);
  }

  /** The certificate's id. */
  public CertificateId id() {
    return id;
  }

  /** The serial number in upper-case hex, as DigiCert prints it. */
  public String serialNumber() {
    return serialNumber;
  }

  /** The SHA-1 thumbprint in upper-case hex; empty when not known. */
  public String thumbprint() {
    return thumbprint;
  }

  /** The common name it secures. */
  public String commonName() {
    return commonName;
  }

  /** Every name it secures, the common name first. */
  public List<String> dnsNames() {
    return dnsNames;
  }

  /** When it was issued. */
  public Instant dateIssued() {
    return dateIssued;
  }

  /** The first day it is valid (UTC), DigiCert's {@code valid_from}. */
  public LocalDate validFrom() {
    return validFrom;
  }

  /** The day it expires (UTC), DigiCert's {@code valid_till}. */
  public LocalDate validTill() {
    return validTill;
  }

  /** The hash it is signed with. */
  public SignatureHash signatureHash() {
    return signatureHash;
  }

  /** The size of its public key in bits, 0 when not known. */
  public int keySize() {
    return keySize;
  }

  /**
   * DigiCert's {@code days_remaining}: whole days from today (UTC) until it expires, at least 0.
   */
  public long daysRemaining(Clock clock) {
    long days =
        ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), validTill);
    return Math.max(0, days);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IssuedCertificate)) {
      return false;
    }
    IssuedCertificate that = (IssuedCertificate) other;
    return id.equals(that.id)
        && serialNumber.equals(that.serialNumber)
        && thumbprint.equals(that.thumbprint)
        && commonName.equals(that.commonName)
        && dnsNames.equals(that.dnsNames)
        && dateIssued.equals(that.dateIssued)
        && validFrom.equals(that.validFrom)
        && validTill.equals(that.validTill)
        && signatureHash == that.signatureHash
        && keySize == that.keySize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, serialNumber, dateIssued);
  }

  @Override
  public String toString() {
    return "IssuedCertificate{id="
        + id
        + ", serial_number="
        + serialNumber
        + ", common_name="
        + commonName
        + ", valid_from="
        + validFrom
        + ", valid_till="
        + validTill
        + "}";
  }

  /** Builds an {@link IssuedCertificate}; id, serial number, dates and hash are required. */
  public static final class Builder {
    private final CertificateId id;
    private String serialNumber;
    private String thumbprint = "";
    private String commonName = "";
    private List<String> dnsNames = List.of();
    private Instant dateIssued;
    private LocalDate validFrom;
    private LocalDate validTill;
    private SignatureHash signatureHash = SignatureHash.SHA256;
    private int keySize;

    private Builder(CertificateId id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** Sets the serial number (upper-case hex). */
    public Builder serialNumber(String serialNumber) {
      this.serialNumber = serialNumber;
      return this;
    }

    /** Sets the SHA-1 thumbprint (upper-case hex). */
    public Builder thumbprint(String thumbprint) {
      this.thumbprint = thumbprint;
      return this;
    }

    /** Sets the common name. */
    public Builder commonName(String commonName) {
      this.commonName = commonName;
      return this;
    }

    /** Sets every name secured. */
    public Builder dnsNames(List<String> dnsNames) {
      this.dnsNames = dnsNames;
      return this;
    }

    /** Sets when it was issued. */
    public Builder dateIssued(Instant dateIssued) {
      this.dateIssued = dateIssued;
      return this;
    }

    /** Sets the first valid day. */
    public Builder validFrom(LocalDate validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /** Sets the expiry day. */
    public Builder validTill(LocalDate validTill) {
      this.validTill = validTill;
      return this;
    }

    /** Sets both days from a validity period, in UTC. */
    public Builder validity(ValidityPeriod validity) {
      this.validFrom = LocalDate.ofInstant(validity.notBefore(), ZoneOffset.UTC);
      this.validTill = LocalDate.ofInstant(validity.notAfter(), ZoneOffset.UTC);
      return this;
    }

    /** Sets the signature hash. */
    public Builder signatureHash(SignatureHash signatureHash) {
      this.signatureHash = signatureHash;
      return this;
    }

    /** Sets the public key's size in bits. */
    public Builder keySize(int keySize) {
      this.keySize = keySize;
      return this;
    }

    /** Builds the certificate, validating it. */
    public IssuedCertificate build() {
      return new IssuedCertificate(this);
    }
  }
}
