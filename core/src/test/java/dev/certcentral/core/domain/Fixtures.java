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

  static final String CSR =
      "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----";
  static final String TOKEN = "tok3n";

  private Fixtures() {}

  /** An order form for example.com and www.example.com, one year, DCV by DNS TXT. */
  static NewOrder.Builder newOrder() {
    return NewOrder.builder()
        .productNameId("ssl_basic")
        .certificate(
            CertificateDetails.builder()
                .commonName("example.com")
                .dnsNames(List.of("www.example.com"))
                .csr(CSR)
                .build())
        .organizationId(112233)
        .orderValidity(OrderValidity.ofYears(1))
        .dcvMethod(DcvMethod.DNS_TXT_TOKEN);
  }

  /** An order placed from the form, as the store would keep it. */
  static OrderPlacement placed(NewOrder form) {
    return Order.place(ORDER_ID, form, new RequestId(100), REQUESTER, TOKEN, CLOCK);
  }

  /** A certificate a CA could issue for these names. */
  static IssuedCertificate certificate(long id, List<String> names) {
    return IssuedCertificate.builder(new CertificateId(id))
        .serialNumber("0A" + id)
        .commonName(names.get(0))
        .dnsNames(names)
        .dateIssued(NOW)
        .validFrom(java.time.LocalDate.of(2026, 1, 2))
        .validTill(java.time.LocalDate.of(2027, 2, 3))
        .build();
  }

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
