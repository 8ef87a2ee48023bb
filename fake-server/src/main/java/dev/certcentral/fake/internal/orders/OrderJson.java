package dev.certcentral.fake.internal.orders;

import static dev.certcentral.fake.internal.http.DigiCertJson.strings;
import static dev.certcentral.fake.internal.http.DigiCertJson.timestamp;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.SignatureHash;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Orders and their validation status in DigiCert's JSON shapes (field names, nesting, and which
 * fields are left out), as DigiCert's examples show them, streamed straight into bytes.
 */
public final class OrderJson {

  private static final Duration TOKEN_LIFETIME = Duration.ofDays(30);

  private OrderJson() {}

  /**
   * An order as {@code GET /order/certificate/{id}} and the embedded {@code order} show it; {@code
   * now} is the fake's time, for {@code days_remaining}.
   */
  public static void order(JsonWriter json, Order order, Instant now) throws IOException {
    json.beginObject();
    orderFields(json, order, now);
    json.endObject();
  }

  /** The fields of an order, for callers that add fields of their own. */
  public static void orderFields(JsonWriter json, Order order, Instant now) throws IOException {
    json.name("id").value(order.id().value());
    certificate(json.name("certificate"), order, now);
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
    dcv(json, order);
  }

  /**
   * The {@code certificate} object: what was asked for and, once issued, the certificate's id,
   * serial number, thumbprint (once the certificate exists as bytes), dates and days remaining, as
   * order info's table lists them.
   */
  private static void certificate(JsonWriter json, Order order, Instant now) throws IOException {
    Optional<IssuedCertificate> issued = order.certificate();
    json.beginObject();
    if (issued.isPresent()) {
      json.name("id").value(issued.get().id().value());
    }
    json.name("common_name").value(order.commonName());
    strings(json.name("dns_names"), order.dnsNames());
    if (order.dateCreated().isPresent()) {
      json.name("date_created").value(timestamp(order.dateCreated().get()));
    }
    if (!order.csr().isEmpty()) {
      json.name("csr").value(order.csr());
    }
    if (order.organization().isPresent()) {
      json.name("organization").beginObject().name("id").value(order.organization().get().id());
      json.endObject();
    }
    json.name("server_platform").beginObject().name("id").value(order.serverPlatformId());
    json.endObject();
    json.name("signature_hash").value(order.signatureHash().orElse(SignatureHash.SHA256).value());
    int keySize = issued.map(IssuedCertificate::keySize).orElse(0);
    json.name("key_size").value(keySize > 0 ? keySize : 2048);
    if (issued.isPresent()) {
      IssuedCertificate certificate = issued.get();
      json.name("serial_number").value(certificate.serialNumber());
      if (!certificate.thumbprint().isEmpty()) {
        json.name("thumbprint").value(certificate.thumbprint());
      }
      json.name("date_issued").value(timestamp(certificate.dateIssued()));
      json.name("valid_from").value(certificate.validFrom().toString());
      json.name("valid_till").value(certificate.validTill().toString());
      long days =
          Math.max(
              0,
              ChronoUnit.DAYS.between(
                  LocalDate.ofInstant(now, ZoneOffset.UTC), certificate.validTill()));
      json.name("days_remaining").value(days);
    }
    json.endObject();
  }

  /**
   * The order's DCV method and, for the token methods, its random value with its status and expiry:
   * DigiCert's order info for a DV order shows one {@code dcv_token} per order. The status is
   * {@code pending} while a name awaits DCV, {@code approved} after; the value expires 30 days
   * after the order was placed, as DigiCert's random values do (the fake's own reading of both).
   */
  private static void dcv(JsonWriter json, Order order) throws IOException {
    if (order.dcvMethod().isEmpty()) {
      return;
    }
    json.name("dcv_method").value(order.dcvMethod().get().value());
    Optional<String> token =
        order.domainControls().stream()
            .map(DomainControl::token)
            .flatMap(Optional::stream)
            .findFirst();
    if (token.isPresent()) {
      json.name("dcv_token").beginObject();
      json.name("token").value(token.get());
      json.name("status").value(order.pendingDomains().isEmpty() ? "approved" : "pending");
      if (order.dateCreated().isPresent()) {
        json.name("expiration_date")
            .value(timestamp(order.dateCreated().get().plus(TOKEN_LIFETIME)));
      }
      json.endObject();
    }
  }

  /** The order list with its page. */
  public static void orderList(JsonWriter json, OrderPage page, Instant now) throws IOException {
    json.beginObject().name("orders").beginArray();
    for (Order order : page.orders()) {
      order(json, order, now);
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
