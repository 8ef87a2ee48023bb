package dev.certcentral.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One domain control validation of an order.
 *
 * @param domainId the domain's id, as sent (a string)
 * @param nameScope the name the validation covers
 * @param approvalScope how far the approval reaches, such as {@code subdomains}
 * @param status its status, as sent
 * @param method the DCV method, such as {@code email}
 * @param dnsNames the order's names this validation covers
 * @param approvalExpirationDate when the approval expires
 */
public record DnsNameValidation(
    String domainId,
    String nameScope,
    String approvalScope,
    String status,
    String method,
    List<String> dnsNames,
    Optional<Instant> approvalExpirationDate) {

  /** Normalises missing values. */
  public DnsNameValidation {
    domainId = Objects.requireNonNullElse(domainId, "");
    nameScope = Objects.requireNonNullElse(nameScope, "");
    approvalScope = Objects.requireNonNullElse(approvalScope, "");
    status = Objects.requireNonNullElse(status, "");
    method = Objects.requireNonNullElse(method, "");
    dnsNames = List.copyOf(Objects.requireNonNullElse(dnsNames, List.of()));
    approvalExpirationDate = Objects.requireNonNullElse(approvalExpirationDate, Optional.empty());
  }
}
