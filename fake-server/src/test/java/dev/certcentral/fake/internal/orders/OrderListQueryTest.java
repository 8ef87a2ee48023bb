package dev.certcentral.fake.internal.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The order list's filters and sort keys on orders built in memory: each filter lets through what
 * it names and nothing else, each sort key orders by its property, ties by id.
 */
class OrderListQueryTest {

  // Ids run against every other property, so a sort that fell back to ids would show.
  private static final Order ALPHA =
      order(3, OrderStatus.ISSUED, "alpha.example.com")
          .dnsNames(List.of("www.alpha.example.com"))
          .organization(new Organization(10, "Ten"))
          .productNameId("ssl_basic")
          .dateCreated(Instant.parse("2026-01-01T00:00:00Z"))
          .certificate(certificate(501, "0A1B", LocalDate.parse("2026-03-01")))
          .build();
  private static final Order BRAVO =
      order(2, OrderStatus.EXPIRED, "bravo.example.com")
          .organization(new Organization(20, "Twenty"))
          .productNameId("ssl_plus")
          .dateCreated(Instant.parse("2026-02-01T00:00:00Z"))
          .certificate(certificate(502, "0C2D", LocalDate.parse("2026-04-01")))
          .build();
  private static final Order CHARLIE =
      order(1, OrderStatus.NEEDS_APPROVAL, "charlie.example.com").productNameId("ssl_ev").build();
  private static final List<Order> BY_ID_DESCENDING = List.of(ALPHA, BRAVO, CHARLIE);

  @Test
  void withoutSortKeysTheOrdersStayAsGiven() {
    assertThat(OrderListQuery.of(OrderQuery.all()).sorted(BY_ID_DESCENDING))
        .containsExactly(ALPHA, BRAVO, CHARLIE);
  }

  @Test
  void eachSortKeyOrdersByItsPropertyAndALeadingMinusReverses() {
    assertThat(sortedBy("id")).containsExactly(CHARLIE, BRAVO, ALPHA);
    assertThat(sortedBy("-id")).containsExactly(ALPHA, BRAVO, CHARLIE);
    // An order without a date sorts as the oldest.
    assertThat(sortedBy("date_created")).containsExactly(CHARLIE, ALPHA, BRAVO);
    assertThat(sortedBy("-date_created")).containsExactly(BRAVO, ALPHA, CHARLIE);
    assertThat(sortedBy("common_name")).containsExactly(ALPHA, BRAVO, CHARLIE);
    assertThat(sortedBy("status")).containsExactly(BRAVO, ALPHA, CHARLIE);
    assertThat(sortedBy("product_name_id")).containsExactly(ALPHA, CHARLIE, BRAVO);
    // An order without an organization sorts first; a certificate-less one as the earliest end.
    assertThat(sortedBy("organization_id")).containsExactly(CHARLIE, ALPHA, BRAVO);
    assertThat(sortedBy("-organization_id")).containsExactly(BRAVO, ALPHA, CHARLIE);
    assertThat(sortedBy("valid_till")).containsExactly(CHARLIE, ALPHA, BRAVO);
    assertThat(sortedBy("-valid_till")).containsExactly(BRAVO, ALPHA, CHARLIE);
  }

  @Test
  void laterSortKeysBreakTiesOfEarlierOnesAndIdsBreakTheRest() {
    Order twinOfAlpha = order(4, OrderStatus.ISSUED, "delta.example.com").build();
    List<Order> orders = List.of(twinOfAlpha, ALPHA, BRAVO, CHARLIE);

    assertThat(query(Map.of(), List.of("status", "-common_name")).sorted(orders))
        .containsExactly(BRAVO, twinOfAlpha, ALPHA, CHARLIE);
    assertThat(query(Map.of(), List.of("status")).sorted(orders))
        .containsExactly(BRAVO, ALPHA, twinOfAlpha, CHARLIE);
  }

  @Test
  void theStatusFilterPassesOnlyThatStatus() {
    assertThat(passing(new OrderQuery(0, 10, Optional.of(OrderStatus.NEEDS_APPROVAL)), Map.of()))
        .containsExactly(CHARLIE);
    assertThat(passing(new OrderQuery(0, 10, Optional.of(OrderStatus.EXPIRED)), Map.of()))
        .containsExactly(BRAVO);
    assertThat(passing(OrderQuery.all(), Map.of())).containsExactly(ALPHA, BRAVO, CHARLIE);
  }

  @Test
  void issuedAlsoPassesExpiredOrdersAsThePageSays() {
    assertThat(passing(OrderQuery.withStatus(OrderStatus.ISSUED), Map.of()))
        .containsExactly(ALPHA, BRAVO);
  }

  @Test
  void eachFilterPassesWhatItNamesIgnoringCase() {
    assertThat(passing(Map.of("id", "2"))).containsExactly(BRAVO);
    assertThat(passing(Map.of("common_name", "Alpha.Example.COM"))).containsExactly(ALPHA);
    assertThat(passing(Map.of("domain_name", "WWW.alpha.example.com"))).containsExactly(ALPHA);
    assertThat(passing(Map.of("domain_name", "bravo.example.com"))).containsExactly(BRAVO);
    assertThat(passing(Map.of("product_name_id", "SSL_PLUS"))).containsExactly(BRAVO);
    assertThat(passing(Map.of("organization_id", "20"))).containsExactly(BRAVO);
    assertThat(passing(Map.of("certificate_id", "501"))).containsExactly(ALPHA);
    assertThat(passing(Map.of("serial_number", "0c2d"))).containsExactly(BRAVO);
    assertThat(passing(Map.of("search", "HARL"))).containsExactly(CHARLIE);
  }

  @Test
  void aFilterNoOrderMeetsPassesNone() {
    for (String filter : OrderListQuery.FILTERS) {
      assertThat(passing(Map.of(filter, "999"))).as(filter).isEmpty();
    }
  }

  @Test
  void everyFilterMustPass() {
    assertThat(passing(Map.of("search", "example", "product_name_id", "ssl_ev")))
        .containsExactly(CHARLIE);
    assertThat(
            passing(
                OrderQuery.withStatus(OrderStatus.ISSUED),
                Map.of("common_name", "charlie.example.com")))
        .isEmpty();
  }

  @Test
  void anUnknownFilterOrSortKeyIsAnInvalidParameter() {
    assertThatThrownBy(() -> query(Map.of("colour", "red"), List.of()))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> {
              assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_PARAM);
              assertThat(e.getMessage()).contains("filters[colour]");
            });
    assertThatThrownBy(() -> query(Map.of(), List.of("colour")))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> {
              assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_PARAM);
              assertThat(e.getMessage()).contains("colour");
            });
    assertThatThrownBy(() -> query(Map.of(), List.of("--id")))
        .isInstanceOf(CertCentralException.class);
  }

  @Test
  void aFilterReadsBackOnlyWhenGiven() {
    OrderListQuery query = query(Map.of("search", "alpha"), List.of());

    assertThat(query.filter("search")).contains("alpha");
    assertThat(query.filter("id")).isEmpty();
  }

  private static List<Order> sortedBy(String key) {
    return query(Map.of(), List.of(key)).sorted(BY_ID_DESCENDING);
  }

  private static List<Order> passing(Map<String, String> filters) {
    return passing(OrderQuery.all(), filters);
  }

  private static List<Order> passing(OrderQuery page, Map<String, String> filters) {
    OrderListQuery query = new OrderListQuery(page, filters, List.of());
    return BY_ID_DESCENDING.stream().filter(query::matches).toList();
  }

  private static OrderListQuery query(Map<String, String> filters, List<String> sort) {
    return new OrderListQuery(OrderQuery.all(), filters, sort);
  }

  private static Order.Builder order(long id, OrderStatus status, String commonName) {
    return Order.builder(new OrderId(id)).status(status).commonName(commonName);
  }

  private static IssuedCertificate certificate(long id, String serial, LocalDate validTill) {
    return IssuedCertificate.builder(new CertificateId(id))
        .serialNumber(serial)
        .dateIssued(Instant.parse("2025-12-01T00:00:00Z"))
        .validFrom(LocalDate.parse("2025-12-01"))
        .validTill(validTill)
        .build();
  }
}
