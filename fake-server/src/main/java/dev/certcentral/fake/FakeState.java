package dev.certcentral.fake;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a fake holds at one moment, read from its state dump ({@code GET /__fake/state}), in-process
 * and remote alike: accounts with their orders and requests, how many keys (never their values) and
 * faults, and the fake's time. For the whole picture, {@link #json()} is the dump itself.
 */
public final class FakeState {

  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private final String json;
  private final Instant now;
  private final Map<Long, Map<Long, OrderStatus>> ordersByAccount;
  private final Map<Long, RequestStatus> requests;
  private final int keyCount;
  private final int faultCount;

  private FakeState(
      String json,
      Instant now,
      Map<Long, Map<Long, OrderStatus>> ordersByAccount,
      Map<Long, RequestStatus> requests,
      int keyCount,
      int faultCount) {
    this.json = json;
    this.now = now;
    this.ordersByAccount = ordersByAccount;
    this.requests = requests;
    this.keyCount = keyCount;
    this.faultCount = faultCount;
  }

  /** Reads a state dump; a dump of another shape is an {@link UnexpectedResponseException}. */
  static FakeState parse(String json) {
    try {
      Map<?, ?> dump = (Map<?, ?>) JSON.fromJson(json);
      Map<Long, Map<Long, OrderStatus>> orders = new LinkedHashMap<>();
      Map<Long, RequestStatus> requests = new LinkedHashMap<>();
      for (Object item : (List<?>) dump.get("accounts")) {
        Map<?, ?> account = (Map<?, ?>) item;
        Map<Long, OrderStatus> ofAccount = new LinkedHashMap<>();
        for (Object order : (List<?>) account.get("orders")) {
          Map<?, ?> fields = (Map<?, ?>) order;
          ofAccount.put(id(fields), OrderStatus.fromValue((String) fields.get("status")));
        }
        orders.put(id(account), ofAccount);
        for (Object request : (List<?>) account.get("requests")) {
          Map<?, ?> fields = (Map<?, ?>) request;
          requests.put(id(fields), RequestStatus.fromValue((String) fields.get("status")));
        }
      }
      return new FakeState(
          json,
          OffsetDateTime.parse((String) dump.get("now")).toInstant(),
          orders,
          requests,
          ((List<?>) dump.get("api_keys")).size(),
          ((Number) dump.get("faults")).intValue());
    } catch (IOException | RuntimeException e) {
      throw new UnexpectedResponseException(
          "the fake's state dump could not be read", excerpt(json), e);
    }
  }

  private static long id(Map<?, ?> fields) {
    return ((Number) fields.get("id")).longValue();
  }

  /** The fake's time when the state was read. */
  public Instant now() {
    return now;
  }

  /** The accounts holding orders or requests, by id. */
  public List<Long> accountIds() {
    return List.copyOf(ordersByAccount.keySet());
  }

  /** How many orders all accounts hold. */
  public int orderCount() {
    return ordersByAccount.values().stream().mapToInt(Map::size).sum();
  }

  /** How many orders one account holds. */
  public int orderCount(long accountId) {
    return ordersByAccount.getOrDefault(accountId, Map.of()).size();
  }

  /** The ids of every order, by account and then by id. */
  public List<OrderId> orderIds() {
    List<OrderId> ids = new ArrayList<>();
    ordersByAccount
        .values()
        .forEach(orders -> orders.keySet().forEach(id -> ids.add(new OrderId(id))));
    return ids;
  }

  /** An order's status, if some account holds it. */
  public Optional<OrderStatus> orderStatus(OrderId id) {
    for (Map<Long, OrderStatus> orders : ordersByAccount.values()) {
      OrderStatus status = orders.get(id.value());
      if (status != null) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** How many requests all accounts hold. */
  public int requestCount() {
    return requests.size();
  }

  /** A request's status, if some account holds it. */
  public Optional<RequestStatus> requestStatus(RequestId id) {
    return Optional.ofNullable(requests.get(id.value()));
  }

  /** How many API keys the fake accepts. */
  public int keyCount() {
    return keyCount;
  }

  /** How many faults are in force. */
  public int faultCount() {
    return faultCount;
  }

  /**
   * The state dump as the fake wrote it: every order and request in DigiCert's JSON, keys masked.
   */
  public String json() {
    return json;
  }

  @Override
  public String toString() {
    return "FakeState{"
        + orderCount()
        + " orders, "
        + requests.size()
        + " requests, "
        + keyCount
        + " keys, "
        + faultCount
        + " faults, now "
        + now
        + "}";
  }

  /** The first characters of a body, for an error message. */
  static String excerpt(String body) {
    return body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }
}
