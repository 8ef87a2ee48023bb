package dev.certcentral.fake.internal.admin;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.http.DigiCertJson;
import dev.certcentral.fake.internal.http.JsonBody;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * An order to create in the control API's JSON ({@code POST /__fake/orders}, the preload file):
 * DigiCert's field names, every field optional ({@code status} is {@code pending} unless given),
 * plus {@code api_key} or {@code account_id} for the account. Read by the fake, written by the
 * remote control client: the field names live here once.
 */
public final class OrderSpecJson {

  private OrderSpecJson() {}

  /**
   * Reads a spec.
   *
   * @throws InvalidRequestException for an unknown status, a validity outside 1..10 years, a
   *     non-positive account, or a field of the wrong type
   */
  public static OrderSpec read(JsonBody body) {
    String rawStatus = body.string("status").orElse("pending");
    OrderStatus status = OrderStatus.fromValue(rawStatus);
    if (status == OrderStatus.UNKNOWN) {
      throw InvalidRequestException.invalidParameter("status", "unknown order status " + rawStatus);
    }
    OrderSpec spec = OrderSpec.status(status);
    Optional<String> commonName = body.string("common_name").filter(name -> !name.isBlank());
    if (commonName.isPresent()) {
      spec = spec.commonName(commonName.get());
    }
    spec = spec.dnsNames(body.strings("dns_names"));
    Optional<JsonBody> organization = body.object("organization");
    if (organization.isPresent()) {
      spec =
          spec.organization(
              new Organization(
                  organization.get().integer("id").orElse(OrderSpec.DEFAULT_ORGANIZATION.id()),
                  organization.get().string("name").orElse(OrderSpec.DEFAULT_ORGANIZATION.name())));
    }
    Optional<String> product = body.string("product_name_id").filter(name -> !name.isBlank());
    if (product.isPresent()) {
      spec = spec.productNameId(product.get());
    }
    long years = body.integer("validity_years").orElse(1L);
    if (years < 1 || years > OrderSpec.MAX_VALIDITY_YEARS) {
      throw InvalidRequestException.invalidParameter(
          "validity_years", "must be 1.." + OrderSpec.MAX_VALIDITY_YEARS);
    }
    spec = spec.validityYears((int) years);
    Optional<List<JsonBody>> organizationValidations = body.objects("organization_validations");
    if (organizationValidations.isPresent()) {
      spec =
          spec.organizationValidations(
              organizationValidations.get().stream()
                  .map(OrderSpecJson::organizationValidation)
                  .toList());
    }
    Optional<List<JsonBody>> dnsValidations = body.objects("dns_name_validations");
    if (dnsValidations.isPresent()) {
      spec =
          spec.dnsNameValidations(
              dnsValidations.get().stream().map(OrderSpecJson::dnsValidation).toList());
    }
    Optional<String> apiKey = body.string("api_key");
    if (apiKey.isPresent()) {
      return spec.inAccountOf(apiKey.get());
    }
    Optional<Long> accountId = body.integer("account_id");
    if (accountId.isPresent()) {
      if (accountId.get() <= 0) {
        throw InvalidRequestException.invalidParameter("account_id", "must be positive");
      }
      spec = spec.inAccount(accountId.get());
    }
    return spec;
  }

  /** Writes a spec as {@link #read} reads it, with every default spelled out. */
  public static void write(JsonWriter json, OrderSpec spec) throws IOException {
    json.beginObject();
    json.name("status").value(spec.status().value());
    json.name("common_name").value(spec.commonName());
    DigiCertJson.strings(json.name("dns_names"), spec.dnsNames());
    json.name("organization").beginObject();
    json.name("id").value(spec.organization().id());
    json.name("name").value(spec.organization().name());
    json.endObject();
    json.name("product_name_id").value(spec.productNameId());
    json.name("validity_years").value(spec.validityYears());
    if (spec.organizationValidations().isPresent()) {
      json.name("organization_validations").beginArray();
      for (OrganizationValidation validation : spec.organizationValidations().get()) {
        json.beginObject();
        json.name("type").value(validation.type());
        json.name("name").value(validation.name());
        json.name("description").value(validation.description());
        timestamp(json, "date_created", validation.dateCreated());
        timestamp(json, "validated_until", validation.validatedUntil());
        json.name("status").value(validation.status());
        json.endObject();
      }
      json.endArray();
    }
    if (spec.dnsNameValidations().isPresent()) {
      json.name("dns_name_validations").beginArray();
      for (DnsNameValidation validation : spec.dnsNameValidations().get()) {
        json.beginObject();
        json.name("domain_id").value(validation.domainId());
        json.name("name_scope").value(validation.nameScope());
        json.name("approval_scope").value(validation.approvalScope());
        json.name("status").value(validation.status());
        json.name("method").value(validation.method());
        DigiCertJson.strings(json.name("dns_names"), validation.dnsNames());
        timestamp(json, "approval_expiration_date", validation.approvalExpirationDate());
        json.endObject();
      }
      json.endArray();
    }
    if (spec.apiKey().isPresent()) {
      json.name("api_key").value(spec.apiKey().get());
    }
    if (spec.accountId().isPresent()) {
      json.name("account_id").value(spec.accountId().get());
    }
    json.endObject();
  }

  private static void timestamp(JsonWriter json, String name, Optional<Instant> instant)
      throws IOException {
    if (instant.isPresent()) {
      json.name(name).value(DigiCertJson.timestamp(instant.get()));
    }
  }

  private static OrganizationValidation organizationValidation(JsonBody json) {
    return new OrganizationValidation(
        json.string("type").orElse("ov"),
        json.string("name").orElse("OV"),
        json.string("description").orElse(""),
        json.string("date_created").map(OrderSpecJson::instant),
        json.string("validated_until").map(OrderSpecJson::instant),
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
        json.string("approval_expiration_date").map(OrderSpecJson::instant));
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.invalidParameter("timestamp", "not ISO 8601: " + text);
    }
  }
}
