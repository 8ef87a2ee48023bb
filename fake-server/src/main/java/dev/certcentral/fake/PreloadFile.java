package dev.certcentral.fake;

import dev.certcentral.fake.internal.admin.ControlPlane;
import dev.certcentral.fake.internal.admin.KeySpecJson;
import dev.certcentral.fake.internal.admin.OrderSpecJson;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.MoshiJsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The standalone fake's initial state, loaded before it serves ({@code --preload FILE}): {@code
 * {"api_keys":[{"key","role","account_id"}], "orders":[...]}}, where each key has the fields of
 * {@code POST /__fake/api-keys} and each order those of {@code POST /__fake/orders}, including an
 * optional {@code count} of identical orders. Through the same control plane as those routes.
 */
final class PreloadFile {

  private PreloadFile() {}

  /** Loads the file; returns how many orders it created. */
  static long load(Path file, ControlPlane control) throws IOException {
    JsonBody preload = JsonBody.parse(Files.readAllBytes(file), new MoshiJsonMapper());
    for (JsonBody key : preload.objects("api_keys").orElse(List.of())) {
      control.addKey(KeySpecJson.read(key));
    }
    long created = 0;
    for (JsonBody order : preload.objects("orders").orElse(List.of())) {
      long count = order.integer("count").orElse(1L);
      // A preload too large for the heap stops the start with the reason, not an OutOfMemoryError.
      created += control.createOrders(OrderSpecJson.read(order), count).count();
    }
    return created;
  }
}
