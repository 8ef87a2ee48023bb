package dev.certcentral.fake.admin;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.store.AccountSnapshot;
import dev.certcentral.fake.store.ApiKey;
import dev.certcentral.fake.store.CertCentralStore;
import dev.certcentral.fake.store.KeyRole;
import dev.certcentral.fake.store.OrderSeed;
import dev.certcentral.fake.web.DigiCertJson;
import dev.certcentral.fake.web.Fault;
import dev.certcentral.fake.web.Faults;
import dev.certcentral.fake.web.Journal;
import dev.certcentral.fake.web.JournalEntry;
import dev.certcentral.fake.web.JsonBody;
import dev.certcentral.fake.web.MoshiJsonMapper;
import dev.certcentral.fake.web.RateLimiter;
import dev.certcentral.fake.web.Responses;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The control surface under {@code /__fake}: health, reset, state dump, seeding, keys, clock,
 * faults and journal. It needs no DigiCert key; it needs the {@link AdminToken} when there is one
 * (always when the fake is bound beyond loopback), and its writes take JSON only.
 */
public final class AdminRoutes {

  /** The path prefix of the admin API. */
  public static final String BASE = "/__fake";

  /** The most orders one bulk call creates. */
  public static final long MAX_BULK = 1_000_000;

  private final CertCentralStore store;
  private final MoshiJsonMapper json;
  private final Faults faults;
  private final Journal journal;
  private final Optional<RateLimiter> rateLimiter;
  private final long defaultAccountId;
  private final HeapBudget heap;
  private final AdminGuard guard;
  // One creation at a time: two bulk calls checked against the same free heap would both fit.
  private final Object creating = new Object();

  /** Creates the admin routes over the fake's parts; with a token, every call must carry it. */
  public AdminRoutes(
      CertCentralStore store,
      MoshiJsonMapper json,
      Faults faults,
      Journal journal,
      Optional<RateLimiter> rateLimiter,
      long defaultAccountId,
      HeapBudget heap,
      Optional<AdminToken> token) {
    this.store = store;
    this.json = json;
    this.faults = faults;
    this.journal = journal;
    this.rateLimiter = rateLimiter;
    this.defaultAccountId = defaultAccountId;
    this.heap = heap;
    this.guard = new AdminGuard(token);
  }

  /** Adds the admin routes to the config. */
  public void register(JavalinConfig config) {
    config.routes.get(BASE + "/health", guard.read(this::health));
    config.routes.post(BASE + "/reset", guard.write(this::reset));
    config.routes.get(BASE + "/state", guard.read(this::state));
    config.routes.post(BASE + "/orders", guard.write(this::createOrder));
    config.routes.post(BASE + "/api-keys", guard.write(this::addKey));
    config.routes.get(BASE + "/clock", guard.read(this::clock));
    config.routes.post(BASE + "/clock", guard.write(this::moveClock));
    config.routes.get(BASE + "/faults", guard.read(this::listFaults));
    config.routes.post(BASE + "/faults", guard.write(this::addFault));
    config.routes.delete(
        BASE + "/faults",
        guard.write(
            ctx -> {
              faults.clear();
              ctx.status(204);
            }));
    config.routes.get(BASE + "/journal", guard.read(this::journal));
  }

  /** 200 and {@code ok}, or 503 and {@code low_memory} when even a collection leaves too little. */
  private void health(Context ctx) {
    HeapBudget.Reading reading = heap.reading();
    Map<String, Object> heapFigures = new LinkedHashMap<>();
    heapFigures.put("used_bytes", reading.usedBytes());
    heapFigures.put("after_last_gc_bytes", reading.afterLastCollectionBytes());
    heapFigures.put("headroom_bytes", reading.headroomBytes());
    heapFigures.put("max_bytes", reading.maxBytes());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", reading.low() ? "low_memory" : "ok");
    body.put("heap", heapFigures);
    ctx.status(reading.low() ? 503 : 200).json(body);
  }

  /** Resets data, added keys, faults, journal, rate limits and clock; start keys stay. */
  public void resetAll() {
    store.reset();
    faults.clear();
    journal.clear();
    rateLimiter.ifPresent(RateLimiter::clear);
    store.clock().reset();
  }

  private void reset(Context ctx) {
    resetAll();
    ctx.status(204);
  }

  private void state(Context ctx) {
    List<AccountSnapshot> accounts = store.snapshot();
    List<ApiKey> keys = store.keys();
    Responses.json(
        ctx,
        200,
        json -> {
          json.beginObject();
          json.name("now").value(DigiCertJson.timestamp(store.clock().instant()));
          json.name("accounts").beginArray();
          for (AccountSnapshot account : accounts) {
            json.beginObject().name("id").value(account.accountId());
            json.name("orders").beginArray();
            for (Order order : account.orders()) {
              DigiCertJson.order(json, order);
            }
            json.endArray().name("requests").beginArray();
            for (Request request : account.requests()) {
              json.beginObject();
              DigiCertJson.requestFields(json, request, Optional.empty());
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
          json.endArray().name("faults").value(faults.list().size()).endObject();
        });
  }

  private void createOrder(Context ctx) {
    JsonBody body = JsonBody.read(ctx, json);
    long accountId = accountOf(body);
    OrderSeed seed = OrderSeedJson.read(body);
    Optional<Long> count = body.integer("count");
    if (count.isPresent()) {
      createOrders(ctx, accountId, seed, count.get());
      return;
    }
    Order order;
    synchronized (creating) {
      heap.checkRoomFor(1, seed);
      order = store.createOrder(accountId, seed);
    }
    Responses.json(
        ctx,
        201,
        json -> {
          json.beginObject();
          DigiCertJson.orderFields(json, order);
          json.name("account_id").value(accountId).endObject();
        });
  }

  /** Many identical orders at once, for load tests: answers the id range, not the orders. */
  private void createOrders(Context ctx, long accountId, OrderSeed seed, long count) {
    if (count < 1 || count > MAX_BULK) {
      throw InvalidRequestException.invalidParameter("count", "must be 1.." + MAX_BULK);
    }
    long first;
    long last;
    synchronized (creating) {
      heap.checkRoomFor(count, seed);
      first = store.createOrder(accountId, seed).id().value();
      last = first;
      for (long i = 1; i < count; i++) {
        last = store.createOrder(accountId, seed).id().value();
      }
    }
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("count", count);
    range.put("first_id", first);
    range.put("last_id", last);
    range.put("account_id", accountId);
    ctx.status(201).json(range);
  }

  private long accountOf(JsonBody body) {
    Optional<String> keyValue = body.string("api_key");
    if (keyValue.isPresent()) {
      return store
          .findKey(keyValue.get())
          .map(ApiKey::accountId)
          .orElseThrow(() -> InvalidRequestException.invalidParameter("api_key", "unknown key"));
    }
    long accountId = body.integer("account_id").orElse(defaultAccountId);
    if (accountId <= 0) {
      throw InvalidRequestException.invalidParameter("account_id", "must be positive");
    }
    return accountId;
  }

  private void addKey(Context ctx) {
    JsonBody body = JsonBody.read(ctx, json);
    String value = body.requiredString("key");
    String rawRole = body.string("role").orElse(KeyRole.ADMINISTRATOR.value());
    KeyRole role =
        KeyRole.fromValue(rawRole)
            .orElseThrow(
                () ->
                    InvalidRequestException.invalidParameter(
                        "role", "must be administrator, user or view_only"));
    Optional<Long> accountId = body.integer("account_id");
    if (accountId.isPresent() && accountId.get() <= 0) {
      throw InvalidRequestException.invalidParameter("account_id", "must be positive");
    }
    boolean newAccount = body.flag("new_account");
    if (newAccount && accountId.isPresent()) {
      throw InvalidRequestException.invalidParameter(
          "new_account", "give either new_account or account_id");
    }
    boolean known = store.findKey(value).isPresent();
    // Like an order, a key without an account joins the default one; a new account only on request.
    ApiKey key =
        store.addApiKey(
            value, role, newAccount ? store.newAccountId() : accountId.orElse(defaultAccountId));
    ctx.status(known ? 200 : 201)
        .json(Map.of("hint", key.hint(), "role", role.value(), "account_id", key.accountId()));
  }

  private void clock(Context ctx) {
    ctx.json(Map.of("now", DigiCertJson.timestamp(store.clock().instant())));
  }

  private void moveClock(Context ctx) {
    JsonBody body = JsonBody.read(ctx, json);
    Optional<String> set = body.string("set");
    Optional<String> advance = body.string("advance");
    if (set.isEmpty() == advance.isEmpty()) {
      throw InvalidRequestException.invalidParameter("clock", "give exactly one of set, advance");
    }
    try {
      if (set.isPresent()) {
        store.clock().set(parseInstant(set.get()));
      } else {
        store.clock().advance(Duration.parse(advance.get()));
      }
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.invalidParameter(
          set.isPresent() ? "set" : "advance", "not ISO 8601: " + e.getParsedString());
    }
    clock(ctx);
  }

  private static Instant parseInstant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private void listFaults(Context ctx) {
    List<Object> list = new ArrayList<>();
    for (Fault fault : faults.list()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("method", fault.method());
      entry.put("path_prefix", fault.pathPrefix());
      fault.status().ifPresent(status -> entry.put("status", status));
      entry.put("delay_ms", fault.delay().toMillis());
      entry.put("drop_connection", fault.dropConnection());
      entry.put("after_handling", fault.afterHandling());
      entry.put("times", fault.times());
      entry.put("probability", fault.probability());
      list.add(entry);
    }
    ctx.json(Map.of("faults", list));
  }

  private void addFault(Context ctx) {
    JsonBody body = JsonBody.read(ctx, json);
    Fault fault;
    try {
      fault =
          new Fault(
              body.string("method").orElse("*"),
              body.string("path_prefix").orElse(""),
              body.integer("status").map(Long::intValue),
              Duration.ofMillis(body.integer("delay_ms").orElse(0L)),
              body.flag("drop_connection"),
              body.flag("after_handling"),
              body.integer("times").orElse(0L).intValue(),
              body.decimal("probability").orElse(1.0));
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.invalidParameter("fault", e.getMessage());
    }
    faults.add(fault, body.integer("seed"));
    ctx.status(201);
    listFaults(ctx);
  }

  private void journal(Context ctx) {
    List<Object> entries = new ArrayList<>();
    for (JournalEntry entry : journal.entries()) {
      Map<String, Object> rendered = new LinkedHashMap<>();
      rendered.put("time", DigiCertJson.timestamp(entry.time()));
      rendered.put("method", entry.method());
      rendered.put("path", entry.path());
      rendered.put("status", entry.status());
      if (!entry.answered()) {
        rendered.put("connection_dropped", true);
      }
      rendered.put("millis", entry.millis());
      entries.add(rendered);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", journal.totalRecorded());
    body.put("capacity", journal.capacity());
    body.put("entries", entries);
    ctx.json(body);
  }
}
