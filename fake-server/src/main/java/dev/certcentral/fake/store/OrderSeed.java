package dev.certcentral.fake.store;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.OrganizationValidation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fake needs to create an order; everything but the status has a sensible default.
 *
 * @param status the order's status
 * @param commonName the certificate's common name
 * @param dnsNames the certificate's names; the common name when empty
 * @param organization the organization
 * @param productNameId the product, such as {@code ssl_plus}
 * @param validityYears the validity in years
 * @param organizationValidations the organization validations; derived from the status if absent
 * @param dnsNameValidations the domain validations; derived from the names if absent
 */
public record OrderSeed(
    OrderStatus status,
    String commonName,
    List<String> dnsNames,
    Organization organization,
    String productNameId,
    int validityYears,
    Optional<List<OrganizationValidation>> organizationValidations,
    Optional<List<DnsNameValidation>> dnsNameValidations) {

  /** The organization orders get when none is given. */
  public static final Organization DEFAULT_ORGANIZATION =
      new Organization(112233, "Example Organization");

  /** Validates the seed and fills defaults. */
  public OrderSeed {
    Objects.requireNonNull(status, "status");
    if (status == OrderStatus.UNKNOWN) {
      throw new IllegalArgumentException("an order needs a known status");
    }
    commonName = commonName == null || commonName.isBlank() ? "example.com" : commonName;
    dnsNames = dnsNames == null || dnsNames.isEmpty() ? List.of(commonName) : List.copyOf(dnsNames);
    organization = Objects.requireNonNullElse(organization, DEFAULT_ORGANIZATION);
    productNameId = productNameId == null || productNameId.isBlank() ? "ssl_plus" : productNameId;
    validityYears = validityYears <= 0 ? 1 : validityYears;
    organizationValidations =
        organizationValidations == null ? Optional.empty() : organizationValidations;
    dnsNameValidations = dnsNameValidations == null ? Optional.empty() : dnsNameValidations;
  }

  /** An order in this status with every default. */
  public static OrderSeed withStatus(OrderStatus status) {
    return new OrderSeed(status, null, null, null, null, 0, null, null);
  }

  /** This seed with another common name (and that name as its only DNS name). */
  public OrderSeed withCommonName(String name) {
    return new OrderSeed(
        status,
        name,
        List.of(name),
        organization,
        productNameId,
        validityYears,
        organizationValidations,
        dnsNameValidations);
  }
}
