package dev.certcentral.fake;

import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.OrganizationValidation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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

  /** What the spec is made of. */
  private static final class Parts extends Fields<Parts> {
    OrderStatus status;
    String commonName = DEFAULT_COMMON_NAME;
    List<String> dnsNames = List.of();
    Organization organization = DEFAULT_ORGANIZATION;
    String productNameId = DEFAULT_PRODUCT;
    int validityYears = 1;
    Optional<List<OrganizationValidation>> organizationValidations = Optional.empty();
    Optional<List<DnsNameValidation>> dnsNameValidations = Optional.empty();
    Optional<String> apiKey = Optional.empty();
    Optional<Long> accountId = Optional.empty();
    Optional<String> csr = Optional.empty();
    DcvMethod dcvMethod = DcvMethod.EMAIL;
  }

  private final Parts parts;

  private OrderSpec(Parts parts) {
    this.parts = parts;
  }

  private OrderSpec with(Consumer<Parts> change) {
    return new OrderSpec(parts.changed(change));
  }

  /** An order in this status, with every default, in the fake's default account. */
  public static OrderSpec status(OrderStatus status) {
    Objects.requireNonNull(status, "status");
    if (status == OrderStatus.UNKNOWN) {
      throw new IllegalArgumentException("an order needs a known status");
    }
    return new OrderSpec(new Parts().changed(f -> f.status = status));
  }

  /** The certificate's common name; also its only DNS name unless {@link #dnsNames} are given. */
  public OrderSpec commonName(String commonName) {
    if (commonName == null || commonName.isBlank()) {
      throw new IllegalArgumentException("a common name must not be blank");
    }
    return with(f -> f.commonName = commonName);
  }

  /** The certificate's DNS names; each gets a domain validation unless those are given. */
  public OrderSpec dnsNames(List<String> dnsNames) {
    List<String> copy = List.copyOf(dnsNames);
    return with(f -> f.dnsNames = copy);
  }

  /** The organization. */
  public OrderSpec organization(Organization organization) {
    Objects.requireNonNull(organization, "organization");
    return with(f -> f.organization = organization);
  }

  /** The product, such as {@code ssl_basic}. */
  public OrderSpec productNameId(String productNameId) {
    if (productNameId == null || productNameId.isBlank()) {
      throw new IllegalArgumentException("a product must not be blank");
    }
    return with(f -> f.productNameId = productNameId);
  }

  /** The validity in years, 1 to {@link #MAX_VALIDITY_YEARS}. */
  public OrderSpec validityYears(int validityYears) {
    if (validityYears < 1 || validityYears > MAX_VALIDITY_YEARS) {
      throw new IllegalArgumentException("validity years must be 1.." + MAX_VALIDITY_YEARS);
    }
    return with(f -> f.validityYears = validityYears);
  }

  /** The organization validations, instead of the ones that follow from the status. */
  public OrderSpec organizationValidations(List<OrganizationValidation> validations) {
    Optional<List<OrganizationValidation>> copy = Optional.of(List.copyOf(validations));
    return with(f -> f.organizationValidations = copy);
  }

  /** The domain validations, instead of one per DNS name that follows from the status. */
  public OrderSpec dnsNameValidations(List<DnsNameValidation> validations) {
    Optional<List<DnsNameValidation>> copy = Optional.of(List.copyOf(validations));
    return with(f -> f.dnsNameValidations = copy);
  }

  /**
   * The CSR whose key the order's certificate certifies (PEM); it must name only the order's names.
   * Without one, given orders' certificates certify a key of the fake's own.
   */
  public OrderSpec csr(String csr) {
    if (csr == null || csr.isBlank()) {
      throw new IllegalArgumentException("a CSR must not be blank");
    }
    return with(f -> f.csr = Optional.of(csr));
  }

  /** How the order's domains are validated; {@code email} unless given. */
  public OrderSpec dcvMethod(DcvMethod dcvMethod) {
    Objects.requireNonNull(dcvMethod, "dcvMethod");
    if (dcvMethod == DcvMethod.UNKNOWN) {
      throw new IllegalArgumentException("an order needs a known DCV method");
    }
    return with(f -> f.dcvMethod = dcvMethod);
  }

  /** In the account of this API key (it must exist when the order is created). */
  public OrderSpec inAccountOf(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey");
    return with(
        f -> {
          f.apiKey = Optional.of(apiKey);
          f.accountId = Optional.empty();
        });
  }

  /** In this account, created if no key uses it yet. */
  public OrderSpec inAccount(long accountId) {
    if (accountId <= 0) {
      throw new IllegalArgumentException("an account id must be positive");
    }
    return with(
        f -> {
          f.accountId = Optional.of(accountId);
          f.apiKey = Optional.empty();
        });
  }

  /** The order's status. */
  public OrderStatus status() {
    return parts.status;
  }

  /** The common name. */
  public String commonName() {
    return parts.commonName;
  }

  /** The DNS names: the ones given, else the common name alone. */
  public List<String> dnsNames() {
    return parts.dnsNames.isEmpty() ? List.of(parts.commonName) : parts.dnsNames;
  }

  /** The organization. */
  public Organization organization() {
    return parts.organization;
  }

  /** The product. */
  public String productNameId() {
    return parts.productNameId;
  }

  /** The validity in years. */
  public int validityYears() {
    return parts.validityYears;
  }

  /** The organization validations given, if any. */
  public Optional<List<OrganizationValidation>> organizationValidations() {
    return parts.organizationValidations;
  }

  /** The domain validations given, if any. */
  public Optional<List<DnsNameValidation>> dnsNameValidations() {
    return parts.dnsNameValidations;
  }

  /** The key whose account gets the order, if given. */
  public Optional<String> apiKey() {
    return parts.apiKey;
  }

  /** The account that gets the order, if given. */
  public Optional<Long> accountId() {
    return parts.accountId;
  }

  /** The CSR the certificate certifies the key of, if given. */
  public Optional<String> csr() {
    return parts.csr;
  }

  /** How the order's domains are validated. */
  public DcvMethod dcvMethod() {
    return parts.dcvMethod;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderSpec that
        && status() == that.status()
        && commonName().equals(that.commonName())
        && dnsNames().equals(that.dnsNames())
        && organization().equals(that.organization())
        && productNameId().equals(that.productNameId())
        && validityYears() == that.validityYears()
        && organizationValidations().equals(that.organizationValidations())
        && dnsNameValidations().equals(that.dnsNameValidations())
        && apiKey().equals(that.apiKey())
        && accountId().equals(that.accountId())
        && csr().equals(that.csr())
        && dcvMethod() == that.dcvMethod();
  }

  @Override
  public int hashCode() {
    return Objects.hash(status(), commonName(), dnsNames(), productNameId(), accountId());
  }

  /** Never shows the API key, only that there is one. */
  @Override
  public String toString() {
    return "OrderSpec{"
        + status().value()
        + ", "
        + commonName()
        + (apiKey().isPresent() ? ", in the account of a given key" : "")
        + accountId().map(id -> ", account " + id).orElse("")
        + "}";
  }
}
