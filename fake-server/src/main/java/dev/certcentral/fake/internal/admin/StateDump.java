package dev.certcentral.fake.internal.admin;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.Request;
import dev.certcentral.fake.internal.http.DigiCertJson;
import dev.certcentral.fake.internal.orders.OrderJson;
import dev.certcentral.fake.internal.requests.RequestJson;
import dev.certcentral.fake.internal.state.AccountSnapshot;
import dev.certcentral.fake.internal.state.ApiKey;
import dev.certcentral.fake.internal.state.State;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The state dump of {@code GET /__fake/state}: the fake's time, each account's orders and requests
 * in DigiCert's shapes (requests with their {@code order_id}), the keys masked, the fault count.
 */
final class StateDump {

  private StateDump() {}

  static byte[] render(State state, int faultCount) {
    List<AccountSnapshot> accounts = state.snapshot();
    List<ApiKey> keys = state.keys().all();
    return DigiCertJson.bytes(
        json -> {
          Instant now = state.clock().instant();
          json.beginObject();
          json.name("now").value(DigiCertJson.timestamp(now));
          json.name("accounts").beginArray();
          for (AccountSnapshot account : accounts) {
            json.beginObject().name("id").value(account.accountId());
            json.name("orders").beginArray();
            for (Order order : account.orders()) {
              OrderJson.order(json, order, now);
            }
            json.endArray().name("requests").beginArray();
            for (Request request : account.requests()) {
              json.beginObject();
              RequestJson.requestFields(json, request, Optional.empty(), now);
              if (request.orderId().isPresent()) {
                json.name("order_id").value(request.orderId().get().value());
              }
              json.endObject();
            }
            json.endArray().endObject();
          }
          json.endArray().name("api_keys").beginArray();
          for (ApiKey key : keys) {
            json.beginObject()
                .name("hint")
                .value(key.hint())
                .name("role")
                .value(key.role().value());
            json.name("account_id").value(key.accountId()).endObject();
          }
          json.endArray().name("faults").value(faultCount).endObject();
        });
  }
}
