package dev.certcentral.fake.internal.placement;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.internal.http.JsonBody;
import java.util.Optional;

/**
 * Reads DigiCert's order and reissue bodies into core's values, which validate themselves
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html): {@code
 * certificate{common_name, dns_names, csr, signature_hash, server_platform{id}}}, {@code
 * organization{id}}, {@code order_validity{years|days}} or the legacy {@code validity_years} and
 * {@code validity_days}, {@code comments}, {@code skip_approval}, {@code dcv_method}.
 */
public final class OrderForm {

  private OrderForm() {}

  /**
   * The order a placement body asks for.
   *
   * @throws InvalidRequestException naming the first field missing or wrong
   */
  public static NewOrder newOrder(String productNameId, JsonBody body) {
    JsonBody certificate =
        body.object("certificate")
            .orElseThrow(() -> InvalidRequestException.missingParameter("certificate"));
    NewOrder.Builder order =
        NewOrder.builder()
            .productNameId(productNameId)
            .certificate(certificate(certificate))
            .comments(body.string("comments").orElse(""))
            .skipApproval(body.flag("skip_approval"))
            .dcvMethod(body.string("dcv_method").orElse(null));
    Optional<JsonBody> organization = body.object("organization");
    if (organization.isPresent()) {
      order.organizationId(
          organization
              .get()
              .integer("id")
              .orElseThrow(() -> InvalidRequestException.missingParameter("organization.id")));
    }
    Optional<JsonBody> validity = body.object("order_validity");
    Optional<Long> days = body.integer("validity_days");
    if (body.has("custom_expiration_date")
        || validity.map(v -> v.has("custom_expiration_date")).orElse(false)) {
      // The fake's own refusal: an order's end given as a date is not modelled yet.
      throw InvalidRequestException.invalidParameter(
          "custom_expiration_date", "the fake takes order_validity in years or days only");
    }
    if (validity.isPresent() && days.isPresent()) {
      throw InvalidRequestException.invalidParameter(
          "validity_days", "give order_validity or a legacy validity field, not both");
    }
    if (validity.isPresent()) {
      order.orderValidity(
          new OrderValidity(
              intOf(validity.get().integer("years").orElse(0L), "order_validity.years"),
              intOf(validity.get().integer("days").orElse(0L), "order_validity.days")));
    } else if (days.isPresent()) {
      order.orderValidity(OrderValidity.ofDays(intOf(days.get(), "validity_days")));
    }
    body.integer("validity_years")
        .ifPresent(years -> order.validityYears(intOf(years, "validity_years")));
    return order.build();
  }

  /**
   * The {@code certificate} object of an order, or of a reissue (whose names, left out, stay the
   * order's).
   */
  public static CertificateDetails certificate(JsonBody certificate) {
    CertificateDetails.Builder details =
        CertificateDetails.builder()
            .commonName(certificate.string("common_name").orElse(""))
            .dnsNames(certificate.strings("dns_names"))
            .csr(certificate.string("csr").orElse(null))
            .signatureHash(certificate.string("signature_hash").orElse(null));
    Optional<JsonBody> platform = certificate.object("server_platform");
    if (platform.isPresent()) {
      details.serverPlatformId(
          intOf(
              platform.get().integer("id").orElse((long) CertificateDetails.OTHER_SERVER_PLATFORM),
              "certificate.server_platform.id"));
    }
    return details.build();
  }

  private static int intOf(long value, String name) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw InvalidRequestException.invalidParameter(name, "out of range");
    }
    return (int) value;
  }
}
