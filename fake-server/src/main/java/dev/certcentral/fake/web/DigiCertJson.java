package dev.certcentral.fake.web;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.DigiCertError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import okio.Buffer;

/**
 * The domain in DigiCert's JSON shapes (field names, nesting, and which fields are left out), as
 * the seed pages show them, streamed straight into bytes: building maps for a generic serializer
 * cost the fake a third of its throughput.
 */
public final class DigiCertJson {

  /** Something that writes one JSON value. */
  @FunctionalInterface
  public interface Content {
    /** Writes the value. */
    void writeTo(JsonWriter json) throws IOException;
  }

  private DigiCertJson() {}

  /** Renders content to UTF-8 bytes. */
  public static byte[] bytes(Content content) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      content.writeTo(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return buffer.readByteArray();
  }

  /** DigiCert's timestamp: ISO 8601, seconds, offset {@code +00:00}. */
  public static String timestamp(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    char[] text = "0000-00-00T00:00:00+00:00".toCharArray();
    put(text, 0, t.getYear(), 4);
    put(text, 5, t.getMonthValue(), 2);
    put(text, 8, t.getDayOfMonth(), 2);
    put(text, 11, t.getHour(), 2);
    put(text, 14, t.getMinute(), 2);
    put(text, 17, t.getSecond(), 2);
    return new String(text);
  }

  private static void put(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

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

  /**
   * A request as {@code GET /request/{id}} shows it; {@code date_processed}, reviewer and processor
   * are left out while it is open, and the order unless given.
   */
  public static void request(JsonWriter json, Request request, Optional<Order> embedded)
      throws IOException {
    json.beginObject();
    requestFields(json, request, embedded);
    json.endObject();
  }

  /** The fields of a request, for callers that add fields of their own. */
  public static void requestFields(JsonWriter json, Request request, Optional<Order> embedded)
      throws IOException {
    json.name("id").value(request.id().value());
    json.name("date").value(timestamp(request.date()));
    json.name("type").value(request.rawType());
    json.name("status").value(request.rawStatus());
    if (request.dateProcessed().isPresent()) {
      json.name("date_processed").value(timestamp(request.dateProcessed().get()));
    }
    user(json, "requester", request.requester());
    user(json, "reviewer", request.reviewer());
    user(json, "processor", request.processor());
    if (embedded.isPresent()) {
      order(json.name("order"), embedded.get());
    }
    json.name("comments").value(request.comments());
    if (request.processorComment().isPresent()) {
      json.name("processor_comment").value(request.processorComment().get());
    }
  }

  /** A list of requests under {@code requests}, each with its order. */
  public static void requestList(JsonWriter json, List<Request> requests) throws IOException {
    json.beginObject().name("requests").beginArray();
    for (Request request : requests) {
      request(json, request, request.order());
    }
    json.endArray().endObject();
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

  /** The validation status as seed 004 shows it: ids as strings. */
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

  /** DigiCert's error body. */
  public static void errors(JsonWriter json, List<DigiCertError> errors) throws IOException {
    json.beginObject().name("errors").beginArray();
    for (DigiCertError error : errors) {
      json.beginObject().name("code").value(error.code()).name("message").value(error.message());
      json.endObject();
    }
    json.endArray().endObject();
  }

  private static void user(JsonWriter json, String name, Optional<User> user) throws IOException {
    if (user.isEmpty()) {
      return;
    }
    json.name(name).beginObject();
    json.name("id").value(user.get().id());
    json.name("first_name").value(user.get().firstName());
    json.name("last_name").value(user.get().lastName());
    json.name("email").value(user.get().email());
    json.endObject();
  }

  private static void strings(JsonWriter json, List<String> values) throws IOException {
    json.beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }
}
