package dev.certcentral.fake;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.OrganizationValidation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order for the fake to create in a given status; everything but the status has a default.
 *
 * <pre>{@code
 * OrderId id = fake.givenOrder(OrderSpec.status(OrderStatus.ISSUED).commonName("shop.example"));
 * }</pre>
 *
 * <p>Immutable: each method returns a new spec, so a spec can be kept and used again. New fields
 * arrive as new methods, never as constructor arguments. An order in {@code needs_approval} gets an
 * open new-certificate request and one in {@code reissue_pending} an open reissue request, as in
 * CertCentral; an order's validations follow its status unless given.
 */
public final class OrderSpec {

  /** The organization orders get when none is given. */
  public static final Organization DEFAULT_ORGANIZATION =
      new Organization(112233, "Example Organization");

  /** The common name orders get when none is given. */
  public static final String DEFAULT_COMMON_NAME = "example.com";

  /** The product orders get when none is given. */
  public static final String DEFAULT_PRODUCT = "ssl_plus";

  /** The longest validity an order may have, in years. */
  public static final int MAX_VALIDITY_YEARS = 10;

  private final OrderStatus status;
  private final String commonName;
  private final List<String> dnsNames;
  private final Organization organization;
  private final String productNameId;
  private final int validityYears;
  private final Optional<List<OrganizationValidation>> organizationValidations;
  private final Optional<List<DnsNameValidation>> dnsNameValidations;
  private final Optional<String> apiKey;
  private final Optional<Long> accountId;

  private OrderSpec(
      OrderStatus status,
      String commonName,
      List<String> dnsNames,
      Organization organization,
      String productNameId,
      int validityYears,
      Optional<List<OrganizationValidation>> organizationValidations,
      Optional<List<DnsNameValidation>> dnsNameValidations,
      Optional<String> apiKey,
      Optional<Long> accountId) {
    this.status = status;
    this.commonName = commonName;
    this.dnsNames = dnsNames;
    this.organization = organization;
    this.productNameId = productNameId;
    this.validityYears = validityYears;
    this.organizationValidations = organizationValidations;
    this.dnsNameValidations = dnsNameValidations;
    this.apiKey = apiKey;
    this.accountId = accountId;
  }

  /** An order in this status, with every default, in the fake's default account. */
  public static OrderSpec status(OrderStatus status) {
    Objects.requireNonNull(status, "status");
    if (status == OrderStatus.UNKNOWN) {
      throw new IllegalArgumentException("an order needs a known status");
    }
    return new OrderSpec(
        status,
        DEFAULT_COMMON_NAME,
        List.of(),
        DEFAULT_ORGANIZATION,
        DEFAULT_PRODUCT,
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The certificate's common name; also its only DNS name unless {@link #dnsNames} are given. */
  public OrderSpec commonName(String commonName) {
    if (commonName == null || commonName.isBlank()) {
      throw new IllegalArgumentException("a common name must not be blank");
    }
    return new OrderSpec(
        status,
        commonName,
        dnsNames,
        organization,
        productNameId,
        validityYears,
        organizationValidations,
        dnsNameValidations,
        apiKey,
        accountId);
  }

  /** The certificate's DNS names; each gets a domain validation unless those are given. */
  public OrderSpec dnsNames(List<String> dnsNames) {
    return new OrderSpec(
        status,
        commonName,
        List.copyOf(dnsNames),
        organization,
        productNameId,
        validityYears,
        organizationValidations,
        dnsNameValidations,
        apiKey,
        accountId);
  }

  /** The organization. */
  public OrderSpec organization(Organization organization) {
    return new OrderSpec(
        status,
        commonName,
        dnsNames,
        Objects.requireNonNull(organization, "organization"),
        productNameId,
        validityYears,
        organizationValidations,
        dnsNameValidations,
        apiKey,
        accountId);
  }

  /** The product, such as {@code ssl_basic}. */
  public OrderSpec productNameId(String productNameId) {
    if (productNameId == null || productNameId.isBlank()) {
      throw new IllegalArgumentException("a product must not be blank");
    }
    return new OrderSpec(
        status,
        commonName,
        dnsNames,
        organization,
        productNameId,
        validityYears,
        organizationValidations,
        dnsNameValidations,
        apiKey,
        accountId);
  }

  /** The validity in years, 1 to {@link #MAX_VALIDITY_YEARS}. */
  public OrderSpec validityYears(int validityYears) {
    if (validityYears < 1 || validityYears > MAX_VALIDITY_YEARS) {
      throw new IllegalArgumentException("validity years must be 1.." + MAX_VALIDITY_YEARS);
    }
    return new OrderSpec(
        status,
        commonName,
        dnsNames,
        organization,
        productNameId,
        validityYears,
        organizationValidations,
        dnsNameValidations,
        apiKey,
        accountId);
  }

  /** The organization validations, instead of the ones that follow from the status. */
  public OrderSpec organizationValidations(List<OrganizationValidation> validations) {
    return new OrderSpec(
        status,
        commonName,
        dnsNames,
        organization,
        productNameId,
        validityYears,
        Optional.of(List.copyOf(validations)),
        dnsNameValidations,
        apiKey,
        accountId);
  }

  /** The domain validations, instead of one per DNS name that follows from the status. */
  public OrderSpec dnsNameValidations(List<DnsNameValidation> validations) {
    return new OrderSpec(
        status,
        commonName,
        dnsNames,
        organization,
        productNameId,
        validityYears,
        organizationValidations,
        Optional.of(List.copyOf(validations)),
        apiKey,
        accountId);
  }

  /** In the account of this API key (it must exist when the order is created). */
  public OrderSpec inAccountOf(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey");
    return new OrderSpec(
        status,
        commonName,
        dnsNames,
        organization,
        productNameId,
        validityYears,
        organizationValidations,
        dnsNameValidations,
        Optional.of(apiKey),
        Optional.empty());
  }

  /** In this account, created if no key uses it yet. */
  public OrderSpec inAccount(long accountId) {
    if (accountId <= 0) {
      throw new IllegalArgumentException("an account id must be positive");
    }
    return new OrderSpec(
        status,
        commonName,
        dnsNames,
        organization,
        productNameId,
        validityYears,
        organizationValidations,
        dnsNameValidations,
        Optional.empty(),
        Optional.of(accountId));
  }

  /** The order's status. */
  public OrderStatus status() {
    return status;
  }

  /** The common name. */
  public String commonName() {
    return commonName;
  }

  /** The DNS names: the ones given, else the common name alone. */
  public List<String> dnsNames() {
    return dnsNames.isEmpty() ? List.of(commonName) : dnsNames;
  }

  /** The organization. */
  public Organization organization() {
    return organization;
  }

  /** The product. */
  public String productNameId() {
    return productNameId;
  }

  /** The validity in years. */
  public int validityYears() {
    return validityYears;
  }

  /** The organization validations given, if any. */
  public Optional<List<OrganizationValidation>> organizationValidations() {
    return organizationValidations;
  }

  /** The domain validations given, if any. */
  public Optional<List<DnsNameValidation>> dnsNameValidations() {
    return dnsNameValidations;
  }

  /** The key whose account gets the order, if given. */
  public Optional<String> apiKey() {
    return apiKey;
  }

  /** The account that gets the order, if given. */
  public Optional<Long> accountId() {
    return accountId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderSpec that
        && status == that.status
        && commonName.equals(that.commonName)
        && dnsNames().equals(that.dnsNames())
        && organization.equals(that.organization)
        && productNameId.equals(that.productNameId)
        && validityYears == that.validityYears
        && organizationValidations.equals(that.organizationValidations)
        && dnsNameValidations.equals(that.dnsNameValidations)
        && apiKey.equals(that.apiKey)
        && accountId.equals(that.accountId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, commonName, dnsNames(), productNameId, validityYears, accountId);
  }

  /** Never shows the API key, only that there is one. */
  @Override
  public String toString() {
    return "OrderSpec{"
        + status.value()
        + ", "
        + commonName
        + (apiKey.isPresent() ? ", in the account of a given key" : "")
        + accountId.map(id -> ", account " + id).orElse("")
        + "}";
  }
}
