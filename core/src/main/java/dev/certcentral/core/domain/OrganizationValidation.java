package dev.certcentral.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One organization validation of an order.
 *
 * <p>The docs list {@code pending} and {@code active} as statuses while their example shows {@code
 * complete}; the status is therefore kept as an open-ended string.
 *
 * @param type the validation type id, such as {@code ov}
 * @param name its readable name
 * @param description its description
 * @param dateCreated when it was completed
 * @param validatedUntil when it expires
 * @param status its status, as sent
 */
public record OrganizationValidation(
    String type,
    String name,
    String description,
    Optional<Instant> dateCreated,
    Optional<Instant> validatedUntil,
    String status) {

  /** Normalises missing values. */
  public OrganizationValidation {
    type = Objects.requireNonNullElse(type, "");
    name = Objects.requireNonNullElse(name, "");
    description = Objects.requireNonNullElse(description, "");
    dateCreated = Objects.requireNonNullElse(dateCreated, Optional.empty());
    validatedUntil = Objects.requireNonNullElse(validatedUntil, Optional.empty());
    status = Objects.requireNonNullElse(status, "");
  }
}
