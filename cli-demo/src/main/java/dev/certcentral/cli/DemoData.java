package dev.certcentral.cli;

import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.OrderSpec;
import java.util.List;

/** The orders an embedded fake starts with, so every command has something to work on. */
final class DemoData {

  /** The first demo order's id; the others follow in {@link #ORDERS}' order. */
  static final long FIRST_ID = 1_000_001;

  /** Status and common name of each demo order, ids from {@link #FIRST_ID} on. */
  static final List<OrderSpec> ORDERS =
      List.of(
          order(OrderStatus.PENDING, "shop.example.com"),
          order(OrderStatus.WAITING_PICKUP, "mail.example.com"),
          order(OrderStatus.ISSUED, "www.example.com"),
          order(OrderStatus.ISSUED, "api.example.com"),
          order(OrderStatus.NEEDS_APPROVAL, "new.example.com"));

  private DemoData() {}

  static void load(FakeCertCentral fake) {
    ORDERS.forEach(fake::givenOrder);
  }

  private static OrderSpec order(OrderStatus status, String name) {
    return OrderSpec.status(status).commonName(name);
  }
}
