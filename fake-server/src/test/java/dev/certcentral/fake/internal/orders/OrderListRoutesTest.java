package dev.certcentral.fake.internal.orders;

import static dev.certcentral.fake.Placements.id;
import static dev.certcentral.fake.Placements.issued;
import static dev.certcentral.fake.Placements.placed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The order list's filters, sort and limit over HTTP
 * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/list-orders.html), on orders
 * placed through the API.
 */
@ExtendWith(FakeCertCentralExtension.class)
class OrderListRoutesTest {

  private long alpha;
  private long bravo;
  private long charlie;

  @BeforeEach
  void placeThreeOrders(FakeCertCentral fake) {
    Http http = Http.conforming(fake);
    alpha = issued(http, fake, "alpha.example.com");
    bravo = id(placed(http, fake, "bravo.example.com").get("id"));
    charlie = issued(http, fake, "charlie.example.com");
  }

  @Test
  void filtersByStatusCommonNameAndDomainName(FakeCertCentral fake) {
    Http http = Http.conforming(fake);

    assertThat(ids(http, fake, "filters[status]=issued")).containsExactly(alpha, charlie);
    // A status the list page does not name as a filter value, which the fake also takes
    // (x-fake-decision): only the answer is checked against the description.
    assertThat(ids(Http.of(fake), fake, "filters[status]=needs_approval")).containsExactly(bravo);
    assertThat(ids(http, fake, "filters[common_name]=bravo.example.com")).containsExactly(bravo);
    assertThat(ids(http, fake, "filters[domain_name]=www.charlie.example.com"))
        .containsExactly(charlie);
    assertThat(ids(http, fake, "filters[product_name_id]=ssl_basic"))
        .containsExactly(alpha, bravo, charlie);
    assertThat(ids(http, fake, "filters[search]=lph")).containsExactly(alpha);
    assertThat(ids(http, fake, "filters[id]=" + bravo)).containsExactly(bravo);
  }

  @Test
  void sortsAscendingAndWithALeadingMinusDescending(FakeCertCentral fake) {
    Http http = Http.conforming(fake);

    assertThat(ids(http, fake, "sort=-id")).containsExactly(charlie, bravo, alpha);
    assertThat(ids(http, fake, "sort=common_name")).containsExactly(alpha, bravo, charlie);
    // needs_approval after issued in the alphabet, so first when descending; ties by id.
    assertThat(ids(http, fake, "sort=-status,id")).containsExactly(bravo, alpha, charlie);
  }

  @Test
  void limitAndOffsetPageTheSortedList(FakeCertCentral fake) {
    Http http = Http.conforming(fake);

    Map<String, Object> page =
        http.get("/order/certificate?sort=-id&offset=1&limit=1", fake.apiKey()).json();

    assertThat(((List<?>) page.get("orders")))
        .extracting(o -> id(Http.object(o).get("id")))
        .containsExactly(bravo);
    assertThat(Http.object(page.get("page")))
        .containsEntry("total", 3.0)
        .containsEntry("limit", 1.0)
        .containsEntry("offset", 1.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=1001",
        "limit=-5",
        "limit=1e3",
        "offset=abc",
        "sort=price",
        "sort=-",
        "filters[nonesuch]=1",
        "filters[status]=ISSUED%00",
      })
  void refusesBadPagingSortAndFiltersWithA400(String query, FakeCertCentral fake) {
    Http.Response response = Http.of(fake).get("/order/certificate?" + query, fake.apiKey());

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.errorCode()).isNotBlank();
  }

  private static List<Long> ids(Http http, FakeCertCentral fake, String query) {
    Http.Response response = http.get("/order/certificate?" + query, fake.apiKey());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return ((List<?>) response.json().get("orders"))
        .stream().map(o -> id(Http.object(o).get("id"))).toList();
  }
}
