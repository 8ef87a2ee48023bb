package dev.certcentral.http;

import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.CertCentralException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From {@link Wire} records to core's domain. A required value that is missing or unreadable raises
 * a {@link CertCentralException} saying which, and the caller reports it with the status and an
 * excerpt as an {@code UnexpectedResponseException}.
 */
final class DomainMapping {

  private DomainMapping() {}

  /** A decoded answer lacks something the domain needs; no status yet, the caller adds it. */
  static CertCentralException malformed(String message) {
    return new CertCentralException(message, 0, List.of(), null);
  }

  static Order order(Wire.OrderDto dto) {
    Wire.CertificateDto certificate = dto.certificate();
    Wire.OrganizationDto organization =
        dto.organization() != null
            ? dto.organization()
            : certificate != null ? certificate.organization() : null;
    String created =
        dto.dateCreated() != null
            ? dto.dateCreated()
            : certificate != null ? certificate.dateCreated() : null;
    Order.Builder order =
        Order.builder(new OrderId(id(dto.id(), "order id")))
            .status(required(dto.status(), "order status"))
            .organization(
                organization == null || organization.id() == null
                    ? null
                    : organization(organization))
            .productNameId(
                dto.productNameId() != null
                    ? dto.productNameId()
                    : dto.product() != null ? dto.product().nameId() : "")
            .validityYears(dto.validityYears() == null ? 0 : dto.validityYears())
            .dateCreated(instant(created, "order date_created").orElse(null))
            .dcvMethod(dto.dcvMethod() == null ? null : DcvMethod.fromValue(dto.dcvMethod()))
            .domainControls(IssuanceMapping.domainControls(dto.domains(), dto.dcvMethod()));
    if (certificate != null) {
      IssuanceMapping.certificate(certificate, order);
    }
    return order.build();
  }

  static OrderPage orderPage(Wire.OrderListDto dto, int limit, int offset) {
    List<Order> orders = new ArrayList<>();
    for (Wire.OrderDto order : nonNull(dto.orders())) {
      orders.add(order(order));
    }
    Wire.PageDto page = dto.page();
    int total = page != null && page.total() != null ? page.total() : orders.size();
    return new OrderPage(
        orders,
        total,
        page != null && page.limit() != null ? page.limit() : limit,
        page != null && page.offset() != null ? page.offset() : offset);
  }

  static Request request(Wire.RequestDto dto, Optional<OrderId> knownOrder) {
    Request.Builder request =
        Request.builder(
                new RequestId(id(dto.id(), "request id")),
                instant(required(dto.date(), "request date"), "request date").orElseThrow())
            .type(required(dto.type(), "request type"))
            .status(required(dto.status(), "request status"))
            .comments(dto.comments());
    if (dto.requester() != null) {
      request.requester(user(dto.requester()));
    }
    if (dto.reviewer() != null) {
      request.reviewer(user(dto.reviewer()));
    }
    if (dto.processor() != null) {
      request.processor(user(dto.processor()));
    }
    instant(dto.dateProcessed(), "date_processed").ifPresent(request::dateProcessed);
    if (dto.processorComment() != null) {
      request.processorComment(dto.processorComment());
    }
    if (dto.order() != null) {
      request.order(order(dto.order()));
    } else {
      knownOrder.ifPresent(request::orderId);
    }
    return request.build();
  }

  static OrderValidation validation(Wire.ValidationDto dto) {
    List<OrganizationValidation> organizations = new ArrayList<>();
    for (Wire.OrganizationValidationDto org : nonNull(dto.organizationValidations())) {
      organizations.add(
          new OrganizationValidation(
              org.type(),
              org.name(),
              org.description(),
              instant(org.dateCreated(), "date_created"),
              instant(org.validatedUntil(), "validated_until"),
              org.status()));
    }
    List<DnsNameValidation> names = new ArrayList<>();
    for (Wire.DnsNameValidationDto dns : nonNull(dto.dnsNameValidations())) {
      names.add(
          new DnsNameValidation(
              dns.domainId(),
              dns.nameScope(),
              dns.approvalScope(),
              dns.status(),
              dns.method(),
              dns.dnsNames(),
              instant(dns.approvalExpirationDate(), "approval_expiration_date")));
    }
    return new OrderValidation(
        new OrderId(id(dto.orderId(), "order_id")),
        OrderStatus.fromValue(dto.orderStatus()),
        dto.organizationId(),
        dto.organizationName(),
        organizations,
        names);
  }

  private static User user(Wire.UserDto dto) {
    return new User(
        dto.id() == null ? 0 : id(dto.id(), "user id"),
        dto.firstName(),
        dto.lastName(),
        dto.email());
  }

  private static Organization organization(Wire.OrganizationDto dto) {
    return new Organization(id(dto.id(), "organization id"), dto.name());
  }

  static long id(String text, String what) {
    try {
      long value = Long.parseLong(required(text, what));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw malformed(what + " is not a positive integer: " + text);
  }

  static String required(String value, String what) {
    if (value == null) {
      throw malformed(what + " is missing");
    }
    return value;
  }

  static Optional<Instant> instant(String text, String what) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Timestamps.parse(text));
    } catch (DateTimeException e) {
      throw malformed(what + " is not an ISO 8601 timestamp: " + text);
    }
  }

  static <T> List<T> nonNull(List<T> list) {
    if (list == null) {
      return List.of();
    }
    for (T item : list) {
      if (item == null) {
        throw malformed("a list holds null");
      }
    }
    return list;
  }
}
