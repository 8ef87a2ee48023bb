package dev.certcentral.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * The validation status of an order ({@code GET /order/certificate/{id}/validation}).
 *
 * <p>CertCentral sends the ids here as strings; they are kept as sent.
 *
 * @param orderId the order
 * @param orderStatus the order's status
 * @param organizationId the organization's id, as sent
 * @param organizationName the organization's name
 * @param organizationValidations the organization validations
 * @param dnsNameValidations the domain control validations
 */
public record OrderValidation(
    OrderId orderId,
    OrderStatus orderStatus,
    String organizationId,
    String organizationName,
    List<OrganizationValidation> organizationValidations,
    List<DnsNameValidation> dnsNameValidations) {

  /** Validates and copies the parts. */
  public OrderValidation {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(orderStatus, "orderStatus");
    organizationId = Objects.requireNonNullElse(organizationId, "");
    organizationName = Objects.requireNonNullElse(organizationName, "");
    organizationValidations = List.copyOf(organizationValidations);
    dnsNameValidations = List.copyOf(dnsNameValidations);
  }
}
