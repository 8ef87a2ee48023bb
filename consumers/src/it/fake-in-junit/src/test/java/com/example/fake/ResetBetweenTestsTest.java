package com.example.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.junit.FakeCertCentralExtension;
import dev.certcentral.http.CertCentralClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Whichever test runs second would see two orders if the extension did not reset the fake. */
@ExtendWith(FakeCertCentralExtension.class)
class ResetBetweenTestsTest {

  @Test
  void firstSeesOnlyItsOwnOrder(FakeCertCentral fake) {
    assertOneOrderAfterCreatingOne(fake);
  }

  @Test
  void secondSeesOnlyItsOwnOrder(FakeCertCentral fake) {
    assertOneOrderAfterCreatingOne(fake);
  }

  private static void assertOneOrderAfterCreatingOne(FakeCertCentral fake) {
    fake.givenOrder(OrderStatus.ISSUED);
    try (CertCentralClient client =
        CertCentralClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
      assertEquals(1, client.listOrders(OrderQuery.all()).total());
    }
  }
}
