package dev.certcentral.cli;

import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.store.OrderSeed;
import java.util.List;

/** The orders an embedded fake starts with, so every command has something to work on. */
final class DemoData {

  /** The first demo order's id; the others follow in {@link #ORDERS}' order. */
  static final long FIRST_ID = 1_000_001;

  /** Status and common name of each demo order, ids from {@link #FIRST_ID} on. */
  static final List<OrderSeed> ORDERS =
      List.of(
          seed(OrderStatus.PENDING, "shop.example.com"),
          seed(OrderStatus.WAITING_PICKUP, "mail.example.com"),
          seed(OrderStatus.ISSUED, "www.example.com"),
          seed(OrderStatus.ISSUED, "api.example.com"),
          seed(OrderStatus.NEEDS_APPROVAL, "new.example.com"));

  private DemoData() {}

  static void seed(FakeCertCentral fake) {
    ORDERS.forEach(fake::givenOrder);
  }

  private static OrderSeed seed(OrderStatus status, String name) {
    return OrderSeed.withStatus(status).withCommonName(name);
  }
}
