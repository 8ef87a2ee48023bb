package dev.certcentral.fake.web;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.DigiCertError;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The domain in DigiCert's JSON shapes (field names, nesting, and which fields are left out), as
 * the seed pages show them. Values are plain maps and lists for the JSON mapper.
 */
public final class DigiCertJson {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private DigiCertJson() {}

  /** DigiCert's timestamp: ISO 8601, seconds, offset {@code +00:00}. */
  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /** An order as {@code GET /order/certificate/{id}} and the embedded {@code order} show it. */
  public static Map<String, Object> order(Order order) {
    Map<String, Object> certificate = new LinkedHashMap<>();
    certificate.put("common_name", order.commonName());
    certificate.put("dns_names", order.dnsNames());
    order.dateCreated().ifPresent(date -> certificate.put("date_created", timestamp(date)));
    order.organization().ifPresent(org -> certificate.put("organization", Map.of("id", org.id())));
    certificate.put("signature_hash", "sha256");
    certificate.put("key_size", 2048);

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", order.id().value());
    json.put("certificate", certificate);
    json.put("status", order.rawStatus());
    json.put("is_renewal", false);
    order.dateCreated().ifPresent(date -> json.put("date_created", timestamp(date)));
    order
        .organization()
        .ifPresent(
            org -> {
              Map<String, Object> organization = new LinkedHashMap<>();
              organization.put("id", org.id());
              organization.put("name", org.name());
              json.put("organization", organization);
            });
    json.put("validity_years", order.validityYears());
    json.put("product", Map.of("name_id", order.productNameId(), "type", "ssl_certificate"));
    json.put("product_name_id", order.productNameId());
    return json;
  }

  /**
   * A request as {@code GET /request/{id}} shows it; {@code date_processed}, reviewer and processor
   * are left out while it is open, and the order only when given.
   */
  public static Map<String, Object> request(Request request, Optional<Map<String, Object>> order) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", request.id().value());
    json.put("date", timestamp(request.date()));
    json.put("type", request.rawType());
    json.put("status", request.rawStatus());
    request.dateProcessed().ifPresent(date -> json.put("date_processed", timestamp(date)));
    request.requester().ifPresent(user -> json.put("requester", user(user)));
    request.reviewer().ifPresent(user -> json.put("reviewer", user(user)));
    request.processor().ifPresent(user -> json.put("processor", user(user)));
    order.ifPresent(embedded -> json.put("order", embedded));
    json.put("comments", request.comments());
    request.processorComment().ifPresent(text -> json.put("processor_comment", text));
    return json;
  }

  /** The order list with its page. */
  public static Map<String, Object> orderList(OrderPage page, List<Map<String, Object>> orders) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("orders", orders);
    Map<String, Object> paging = new LinkedHashMap<>();
    paging.put("total", page.total());
    paging.put("limit", page.limit());
    paging.put("offset", page.offset());
    json.put("page", paging);
    return json;
  }

  /** The validation status as seed 004 shows it: ids as strings. */
  public static Map<String, Object> validation(OrderValidation validation) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("order_id", Long.toString(validation.orderId().value()));
    json.put("order_status", validation.orderStatus().value());
    json.put("organization_id", validation.organizationId());
    json.put("organization_name", validation.organizationName());
    List<Object> organizations = new ArrayList<>();
    for (OrganizationValidation org : validation.organizationValidations()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", org.type());
      entry.put("name", org.name());
      entry.put("description", org.description());
      org.dateCreated().ifPresent(date -> entry.put("date_created", timestamp(date)));
      org.validatedUntil().ifPresent(date -> entry.put("validated_until", timestamp(date)));
      entry.put("status", org.status());
      organizations.add(entry);
    }
    json.put("organization_validations", organizations);
    List<Object> dns = new ArrayList<>();
    for (DnsNameValidation name : validation.dnsNameValidations()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("domain_id", name.domainId());
      entry.put("name_scope", name.nameScope());
      entry.put("approval_scope", name.approvalScope());
      entry.put("status", name.status());
      entry.put("method", name.method());
      entry.put("dns_names", name.dnsNames());
      name.approvalExpirationDate()
          .ifPresent(date -> entry.put("approval_expiration_date", timestamp(date)));
      dns.add(entry);
    }
    json.put("dns_name_validations", dns);
    return json;
  }

  /** DigiCert's error body. */
  public static Map<String, Object> errors(List<DigiCertError> errors) {
    List<Object> entries = new ArrayList<>(errors.size());
    for (DigiCertError error : errors) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", error.code());
      entry.put("message", error.message());
      entries.add(entry);
    }
    return Map.of("errors", entries);
  }

  private static Map<String, Object> user(User user) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", user.id());
    json.put("first_name", user.firstName());
    json.put("last_name", user.lastName());
    json.put("email", user.email());
    return json;
  }
}
