package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What {@code POST /order/certificate/{product_name_id}} asks for: the product, the certificate,
 * the organization, how long the order runs, comments for the approver, whether to skip approval
 * and how domains are to be validated.
 *
 * <p>Shapes from
 * https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html. Validation
 * happens in {@link Builder#build()} with DigiCert-shaped errors ({@code missing_param}, {@code
 * invalid_param}: DigiCert's errors page names no finer code for these fields), so a bad order is
 * refused before any call and the same way by the client and the fake.
 */
public final class NewOrder {

  private final String productNameId;
  private final CertificateDetails certificate;
  private final OptionalLong organizationId;
  private final OrderValidity validity;
  private final String comments;
  private final boolean skipApproval;
  private final DcvMethod dcvMethod;

  private NewOrder(Builder builder) {
    if (builder.productNameId == null || builder.productNameId.isBlank()) {
      throw InvalidRequestException.missingParameter("product_name_id");
    }
    this.productNameId = builder.productNameId.trim();
    if (builder.certificate == null) {
      throw InvalidRequestException.missingParameter("certificate");
    }
    if (builder.certificate.commonName().isEmpty()) {
      throw InvalidRequestException.missingParameter("certificate.common_name");
    }
    this.certificate = builder.certificate;
    if (builder.organizationId != null && builder.organizationId <= 0) {
      throw InvalidRequestException.invalidParameter("organization.id", "must be positive");
    }
    this.organizationId =
        builder.organizationId == null
            ? OptionalLong.empty()
            : OptionalLong.of(builder.organizationId);
    this.validity = validity(builder);
    this.comments = Objects.requireNonNullElse(builder.comments, "");
    this.skipApproval = builder.skipApproval;
    if (builder.dcvMethod == DcvMethod.UNKNOWN) {
      throw InvalidRequestException.invalidParameter(
          "dcv_method", "'" + builder.rawDcvMethod + "' is not a DCV method");
    }
    this.dcvMethod = builder.dcvMethod;
  }

  private static OrderValidity validity(Builder builder) {
    if (builder.orderValidity != null && builder.validityYears != 0) {
      throw InvalidRequestException.invalidParameter(
          "validity_years", "give order_validity or the legacy validity_years, not both");
    }
    if (builder.orderValidity != null) {
      return builder.orderValidity;
    }
    if (builder.validityYears == 0) {
      throw InvalidRequestException.missingParameter("order_validity");
    }
    if (builder.validityYears < 0 || builder.validityYears > OrderValidity.MAX_YEARS) {
      throw InvalidRequestException.invalidValue(
          "validity_years", "must be 1.." + OrderValidity.MAX_YEARS);
    }
    return OrderValidity.ofYears(builder.validityYears);
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The product's {@code name_id}, such as {@code ssl_basic}. */
  public String productNameId() {
    return productNameId;
  }

  /** The certificate asked for; its common name is always set. */
  public CertificateDetails certificate() {
    return certificate;
  }

  /** The organization's id, when given (DV products need none). */
  public OptionalLong organizationId() {
    return organizationId;
  }

  /** How long the order runs; the legacy {@code validity_years} arrives here in years. */
  public OrderValidity validity() {
    return validity;
  }

  /** Comments for the approver, empty when none. */
  public String comments() {
    return comments;
  }

  /** Whether the new-certificate request is approved at once instead of waiting. */
  public boolean skipApproval() {
    return skipApproval;
  }

  /** How the domains are to be validated; {@code email} when the order names no method. */
  public DcvMethod dcvMethod() {
    return dcvMethod;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof NewOrder)) {
      return false;
    }
    NewOrder that = (NewOrder) other;
    return productNameId.equals(that.productNameId)
        && certificate.equals(that.certificate)
        && organizationId.equals(that.organizationId)
        && validity.equals(that.validity)
        && comments.equals(that.comments)
        && skipApproval == that.skipApproval
        && dcvMethod == that.dcvMethod;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        productNameId, certificate, organizationId, validity, comments, skipApproval, dcvMethod);
  }

  @Override
  public String toString() {
    return "NewOrder{product="
        + productNameId
        + ", certificate="
        + certificate
        + ", validity="
        + validity
        + ", dcv_method="
        + dcvMethod.value()
        + ", skip_approval="
        + skipApproval
        + "}";
  }

  /** Builds a {@link NewOrder}, validating in {@link #build()}. */
  public static final class Builder {
    private String productNameId;
    private CertificateDetails certificate;
    private Long organizationId;
    private OrderValidity orderValidity;
    private int validityYears;
    private String comments = "";
    private boolean skipApproval;
    private DcvMethod dcvMethod = DcvMethod.EMAIL;
    private String rawDcvMethod = DcvMethod.EMAIL.value();

    private Builder() {}

    /** Sets the product's {@code name_id}. */
    public Builder productNameId(String productNameId) {
      this.productNameId = productNameId;
      return this;
    }

    /** Sets the certificate asked for. */
    public Builder certificate(CertificateDetails certificate) {
      this.certificate = certificate;
      return this;
    }

    /** Sets the organization's id. */
    public Builder organizationId(long organizationId) {
      this.organizationId = organizationId;
      return this;
    }

    /** Sets {@code order_validity}. */
    public Builder orderValidity(OrderValidity orderValidity) {
      this.orderValidity = orderValidity;
      return this;
    }

    /** Sets the legacy {@code validity_years}; refused together with {@code order_validity}. */
    public Builder validityYears(int validityYears) {
      this.validityYears = validityYears;
      return this;
    }

    /** Sets comments for the approver. */
    public Builder comments(String comments) {
      this.comments = comments;
      return this;
    }

    /** Asks for the new-certificate request to be approved at once. */
    public Builder skipApproval(boolean skipApproval) {
      this.skipApproval = skipApproval;
      return this;
    }

    /** Sets a known DCV method. */
    public Builder dcvMethod(DcvMethod dcvMethod) {
      this.dcvMethod = Objects.requireNonNull(dcvMethod, "dcvMethod");
      this.rawDcvMethod = dcvMethod.value();
      return this;
    }

    /** Sets the DCV method from the wire; {@code null} or blank keeps {@code email}. */
    public Builder dcvMethod(String raw) {
      if (raw != null && !raw.isBlank()) {
        this.dcvMethod = DcvMethod.fromValue(raw);
        this.rawDcvMethod = raw;
      }
      return this;
    }

    /**
     * Builds the order form.
     *
     * @throws InvalidRequestException ({@code missing_param} or {@code invalid_param}) naming the
     *     first field that is missing or wrong
     */
    public NewOrder build() {
      return new NewOrder(this);
    }
  }
}
