package dev.certcentral.fake;

import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.admin.HeapBudget;
import dev.certcentral.fake.admin.OrderSeedJson;
import dev.certcentral.fake.store.KeyRole;
import dev.certcentral.fake.store.OrderSeed;
import dev.certcentral.fake.web.JsonBody;
import dev.certcentral.fake.web.MoshiJsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a seed file into a fake: {@code {"api_keys":[{"key","role","account_id"}],
 * "orders":[...]}}, where each order has the fields of {@code POST /__fake/orders}, including an
 * optional {@code count} of identical orders.
 */
final class SeedFile {

  private SeedFile() {}

  /** Loads the file; returns how many orders it created. */
  static int load(Path file, FakeCertCentral fake) throws IOException {
    JsonBody seed = JsonBody.parse(Files.readAllBytes(file), new MoshiJsonMapper());
    for (JsonBody key : seed.objects("api_keys").orElse(List.of())) {
      KeyRole role =
          KeyRole.fromValue(key.string("role").orElse("administrator"))
              .orElseThrow(() -> InvalidRequestException.invalidParameter("role", "unknown"));
      fake.store()
          .addApiKey(
              key.requiredString("key"),
              role,
              key.integer("account_id").orElse(FakeCertCentral.DEFAULT_ACCOUNT));
    }
    int created = 0;
    HeapBudget heap = HeapBudget.ofThisJvm();
    for (JsonBody order : seed.objects("orders").orElse(List.of())) {
      long account = order.integer("account_id").orElse(FakeCertCentral.DEFAULT_ACCOUNT);
      OrderSeed orderSeed = OrderSeedJson.read(order);
      long count = order.integer("count").orElse(1L);
      // A seed too large for the heap stops the start with the reason, not an OutOfMemoryError.
      heap.checkRoomFor(count, orderSeed);
      for (long i = 0; i < count; i++) {
        fake.store().createOrder(account, orderSeed);
        created++;
      }
    }
    return created;
  }
}
