package dev.certcentral.fake.admin;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.store.OrderSeed;
import dev.certcentral.fake.web.JsonBody;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads an order to create from the admin API's JSON: DigiCert's field names, every field but
 * {@code status} optional.
 */
public final class OrderSeedJson {

  private OrderSeedJson() {}

  /** Reads a seed; unknown or missing statuses are refused. */
  public static OrderSeed read(JsonBody body) {
    String rawStatus = body.string("status").orElse("pending");
    OrderStatus status = OrderStatus.fromValue(rawStatus);
    if (status == OrderStatus.UNKNOWN) {
      throw InvalidRequestException.invalidParameter("status", "unknown order status " + rawStatus);
    }
    Organization organization =
        body.object("organization")
            .map(
                org ->
                    new Organization(
                        org.integer("id").orElse(OrderSeed.DEFAULT_ORGANIZATION.id()),
                        org.string("name").orElse(OrderSeed.DEFAULT_ORGANIZATION.name())))
            .orElse(null);
    Optional<List<OrganizationValidation>> organizationValidations =
        body.objects("organization_validations")
            .map(list -> list.stream().map(OrderSeedJson::organizationValidation).toList());
    Optional<List<DnsNameValidation>> dnsValidations =
        body.objects("dns_name_validations")
            .map(list -> list.stream().map(OrderSeedJson::dnsValidation).toList());
    long years = body.integer("validity_years").orElse(1L);
    if (years < 1 || years > 10) {
      throw InvalidRequestException.invalidParameter("validity_years", "must be 1..10");
    }
    return new OrderSeed(
        status,
        body.string("common_name").orElse(null),
        body.strings("dns_names"),
        organization,
        body.string("product_name_id").orElse(null),
        (int) years,
        organizationValidations,
        dnsValidations);
  }

  private static OrganizationValidation organizationValidation(JsonBody json) {
    return new OrganizationValidation(
        json.string("type").orElse("ov"),
        json.string("name").orElse("OV"),
        json.string("description").orElse(""),
        json.string("date_created").map(OrderSeedJson::instant),
        json.string("validated_until").map(OrderSeedJson::instant),
        json.string("status").orElse("pending"));
  }

  private static DnsNameValidation dnsValidation(JsonBody json) {
    return new DnsNameValidation(
        json.string("domain_id").orElse(""),
        json.string("name_scope").orElse(""),
        json.string("approval_scope").orElse("domain"),
        json.string("status").orElse("pending"),
        json.string("method").orElse("email"),
        json.strings("dns_names"),
        json.string("approval_expiration_date").map(OrderSeedJson::instant));
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.invalidParameter("timestamp", "not ISO 8601: " + text);
    }
  }
}
