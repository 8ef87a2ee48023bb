package dev.certcentral.fake.internal.orders;

import static dev.certcentral.fake.internal.http.DigiCertJson.strings;
import static dev.certcentral.fake.internal.http.DigiCertJson.timestamp;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.OrganizationValidation;
import java.io.IOException;

/**
 * Orders and their validation status in DigiCert's JSON shapes (field names, nesting, and which
 * fields are left out), as DigiCert's examples show them, streamed straight into bytes.
 */
public final class OrderJson {

  private OrderJson() {}

  /** An order as {@code GET /order/certificate/{id}} and the embedded {@code order} show it. */
  public static void order(JsonWriter json, Order order) throws IOException {
    json.beginObject();
    orderFields(json, order);
    json.endObject();
  }

  /** The fields of an order, for callers that add fields of their own. */
  public static void orderFields(JsonWriter json, Order order) throws IOException {
    json.name("id").value(order.id().value());
    json.name("certificate").beginObject();
    json.name("common_name").value(order.commonName());
    strings(json.name("dns_names"), order.dnsNames());
    if (order.dateCreated().isPresent()) {
      json.name("date_created").value(timestamp(order.dateCreated().get()));
    }
    if (order.organization().isPresent()) {
      json.name("organization").beginObject().name("id").value(order.organization().get().id());
      json.endObject();
    }
    json.name("signature_hash").value("sha256");
    json.name("key_size").value(2048);
    json.endObject();
    json.name("status").value(order.rawStatus());
    json.name("is_renewal").value(false);
    if (order.dateCreated().isPresent()) {
      json.name("date_created").value(timestamp(order.dateCreated().get()));
    }
    if (order.organization().isPresent()) {
      json.name("organization").beginObject();
      json.name("id").value(order.organization().get().id());
      json.name("name").value(order.organization().get().name());
      json.endObject();
    }
    json.name("validity_years").value(order.validityYears());
    json.name("product").beginObject();
    json.name("name_id").value(order.productNameId());
    json.name("type").value("ssl_certificate");
    json.endObject();
    json.name("product_name_id").value(order.productNameId());
  }

  /** The order list with its page. */
  public static void orderList(JsonWriter json, OrderPage page) throws IOException {
    json.beginObject().name("orders").beginArray();
    for (Order order : page.orders()) {
      order(json, order);
    }
    json.endArray();
    json.name("page").beginObject();
    json.name("total").value(page.total());
    json.name("limit").value(page.limit());
    json.name("offset").value(page.offset());
    json.endObject().endObject();
  }

  /** The validation status as DigiCert's example 004 shows it: ids as strings. */
  public static void validation(JsonWriter json, OrderValidation validation) throws IOException {
    json.beginObject();
    json.name("order_id").value(Long.toString(validation.orderId().value()));
    json.name("order_status").value(validation.orderStatus().value());
    json.name("organization_id").value(validation.organizationId());
    json.name("organization_name").value(validation.organizationName());
    json.name("organization_validations").beginArray();
    for (OrganizationValidation org : validation.organizationValidations()) {
      json.beginObject();
      json.name("type").value(org.type());
      json.name("name").value(org.name());
      json.name("description").value(org.description());
      if (org.dateCreated().isPresent()) {
        json.name("date_created").value(timestamp(org.dateCreated().get()));
      }
      if (org.validatedUntil().isPresent()) {
        json.name("validated_until").value(timestamp(org.validatedUntil().get()));
      }
      json.name("status").value(org.status());
      json.endObject();
    }
    json.endArray();
    json.name("dns_name_validations").beginArray();
    for (DnsNameValidation dns : validation.dnsNameValidations()) {
      json.beginObject();
      json.name("domain_id").value(dns.domainId());
      json.name("name_scope").value(dns.nameScope());
      json.name("approval_scope").value(dns.approvalScope());
      json.name("status").value(dns.status());
      json.name("method").value(dns.method());
      strings(json.name("dns_names"), dns.dnsNames());
      if (dns.approvalExpirationDate().isPresent()) {
        json.name("approval_expiration_date").value(timestamp(dns.approvalExpirationDate().get()));
      }
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }
}
