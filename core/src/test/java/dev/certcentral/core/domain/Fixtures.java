package dev.certcentral.core.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Values the domain tests share. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final User REQUESTER = new User(14, "John", "Smith", "john.smith@example.com");
  static final User ADMIN = new User(1, "Ada", "Admin", "ada@example.com");
  static final OrderId ORDER_ID = new OrderId(12345678);

  private Fixtures() {}

  static Order order(OrderStatus status) {
    return Order.builder(ORDER_ID)
        .status(status)
        .commonName("example.com")
        .dnsNames(List.of("example.com", "www.example.com"))
        .organization(new Organization(112233, "Example Inc."))
        .productNameId("ssl_plus")
        .validityYears(1)
        .dateCreated(NOW)
        .build();
  }

  static Request openRequest(long id, RequestType type) {
    return Request.builder(new RequestId(id), NOW)
        .type(type)
        .status(RequestStatus.PENDING)
        .requester(REQUESTER)
        .comments("please")
        .orderId(ORDER_ID)
        .build();
  }
}
