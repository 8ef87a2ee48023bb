package dev.certcentral.fake.internal.admin;

import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.Fault;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.ca.TestCertificateAuthority;
import dev.certcentral.fake.internal.certificates.CertificateRoutes;
import dev.certcentral.fake.internal.control.AdminToken;
import dev.certcentral.fake.internal.control.HeapBudget;
import dev.certcentral.fake.internal.http.CallRecorder;
import dev.certcentral.fake.internal.http.DigiCertJson;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.MoshiJsonMapper;
import dev.certcentral.fake.internal.http.Responses;
import dev.certcentral.fake.internal.orders.OrderJson;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The control API under {@code /__fake}: health, reset, state dump, orders, keys, clock, faults,
 * journal, the DCV policy and tokens, the test CA's root and CRL, each the HTTP face of a {@link
 * ControlPlane} call. It needs no DigiCert key; it needs the {@link AdminToken} when there is one
 * (always when the fake is bound beyond loopback), and its writes take JSON only. Every answer but
 * the CA's root and CRL is streamed JSON, and every call is journaled before its answer leaves.
 */
public final class AdminRoutes {

  /** The path prefix of the control API. */
  public static final String BASE = "/__fake";

  /** The content type of the root and CRL in PEM, as DigiCert serves its PEM downloads. */
  private static final String PEM_CONTENT_TYPE = CertificateFormat.Container.PEM.contentType();

  private final ControlPlane control;
  private final MoshiJsonMapper json;
  private final HeapBudget heap;
  private final AdminGuard guard;
  private final CallRecorder recorder;

  /** The control API over a control plane; with a token, every call must carry it. */
  public AdminRoutes(
      ControlPlane control,
      MoshiJsonMapper json,
      HeapBudget heap,
      Optional<AdminToken> token,
      CallRecorder recorder) {
    this.control = control;
    this.json = json;
    this.heap = heap;
    this.guard = new AdminGuard(token);
    this.recorder = recorder;
  }

  /** Adds the control API's routes to the config. */
  public void register(JavalinConfig config) {
    config.routes.get(BASE + "/health", read(this::health));
    config.routes.post(BASE + "/reset", write(this::reset));
    config.routes.get(BASE + "/state", read(this::state));
    config.routes.post(BASE + "/orders", write(this::createOrder));
    config.routes.post(BASE + "/api-keys", write(this::addKey));
    config.routes.get(BASE + "/clock", read(this::clock));
    config.routes.post(BASE + "/clock", write(this::moveClock));
    config.routes.get(BASE + "/faults", read(this::listFaults));
    config.routes.post(BASE + "/faults", write(this::addFault));
    config.routes.delete(BASE + "/faults", write(this::clearFaults));
    config.routes.get(BASE + "/journal", read(this::journal));
    config.routes.get(BASE + "/dcv-policy", read(this::dcvPolicy));
    config.routes.put(BASE + "/dcv-policy", write(this::setDcvPolicy));
    config.routes.post(BASE + "/orders/{order_id}/dcv-tokens", write(this::dcvTokenInPlace));
    config.routes.get(BASE + "/ca/root.pem", read(this::caRoot));
    config.routes.get(BASE + "/ca/crl", read(this::crl));
    config.routes.get(BASE + "/ca/crl.pem", read(this::crlPem));
  }

  private Handler read(Handler handler) {
    return recorder.recorded(guard.read(handler));
  }

  private Handler write(Handler handler) {
    return recorder.recorded(guard.write(handler));
  }

  /** 200 and {@code ok}, or 503 and {@code low_memory} when even a collection leaves too little. */
  private void health(Context ctx) {
    HeapBudget.Reading reading = heap.reading();
    Responses.json(
        ctx,
        reading.low() ? 503 : 200,
        out -> {
          out.beginObject();
          out.name("status").value(reading.low() ? "low_memory" : "ok");
          out.name("heap").beginObject();
          out.name("used_bytes").value(reading.usedBytes());
          out.name("after_last_gc_bytes").value(reading.afterLastCollectionBytes());
          out.name("headroom_bytes").value(reading.headroomBytes());
          out.name("max_bytes").value(reading.maxBytes());
          out.endObject().endObject();
        });
  }

  private void reset(Context ctx) {
    control.reset();
    ctx.status(204);
  }

  private void state(Context ctx) {
    Responses.json(ctx, 200, control.stateDump());
  }

  private void createOrder(Context ctx) {
    JsonBody body = JsonBody.read(ctx, json);
    OrderSpec spec = OrderSpecJson.read(body);
    Optional<Long> count = body.integer("count");
    if (count.isPresent()) {
      ControlPlane.OrderRange range = control.createOrders(spec, count.get());
      Responses.json(
          ctx,
          201,
          out ->
              out.beginObject()
                  .name("count")
                  .value(range.count())
                  .name("first_id")
                  .value(range.firstId())
                  .name("last_id")
                  .value(range.lastId())
                  .name("account_id")
                  .value(range.accountId())
                  .endObject());
      return;
    }
    ControlPlane.CreatedOrder created = control.createOrder(spec);
    Responses.json(
        ctx,
        201,
        out -> {
          out.beginObject();
          OrderJson.orderFields(out, created.order(), control.now());
          out.name("account_id").value(created.accountId()).endObject();
        });
  }

  private void addKey(Context ctx) {
    ControlPlane.AddedKey added = control.addKey(KeySpecJson.read(JsonBody.read(ctx, json)));
    Responses.json(
        ctx,
        added.created() ? 201 : 200,
        out ->
            out.beginObject()
                .name("hint")
                .value(added.key().hint())
                .name("role")
                .value(added.key().role().value())
                .name("account_id")
                .value(added.key().accountId())
                .endObject());
  }

  private void clock(Context ctx) {
    Instant now = control.now();
    Responses.json(
        ctx,
        200,
        out -> out.beginObject().name("now").value(DigiCertJson.timestamp(now)).endObject());
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
        control.setClock(OffsetDateTime.parse(set.get()).toInstant());
      } else {
        control.advanceClock(Duration.parse(advance.get()));
      }
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.invalidParameter(
          set.isPresent() ? "set" : "advance", "not ISO 8601: " + e.getParsedString());
    }
    clock(ctx);
  }

  private void listFaults(Context ctx) {
    Responses.json(
        ctx,
        ctx.statusCode(),
        out -> {
          out.beginObject().name("faults").beginArray();
          for (Fault fault : control.faults().list()) {
            FaultJson.write(out, fault);
          }
          out.endArray().endObject();
        });
  }

  private void addFault(Context ctx) {
    control.inject(FaultJson.read(JsonBody.read(ctx, json)));
    ctx.status(201);
    listFaults(ctx);
  }

  private void clearFaults(Context ctx) {
    control.faults().clear();
    ctx.status(204);
  }

  private void journal(Context ctx) {
    Responses.json(ctx, 200, JournalJson.render(control.journal()));
  }

  private void dcvPolicy(Context ctx) {
    DcvPolicy policy = control.dcvPolicy();
    Responses.json(ctx, 200, out -> DcvPolicyJson.write(out, policy));
  }

  private void setDcvPolicy(Context ctx) {
    control.setDcvPolicy(DcvPolicyJson.read(JsonBody.read(ctx, json)));
    dcvPolicy(ctx);
  }

  private void dcvTokenInPlace(Context ctx) {
    // A missing name is checked after the order, as in-process, so both answer the same.
    String dnsName = JsonBody.read(ctx, json).string("dns_name").orElse("");
    control.dcvTokenInPlace(OrderId.parse(ctx.pathParam("order_id")), dnsName);
    ctx.status(204);
  }

  private void caRoot(Context ctx) {
    Responses.bytes(
        ctx, 200, PEM_CONTENT_TYPE, ascii(TestCertificateAuthority.pem(control.caRoot())));
  }

  private void crl(Context ctx) {
    Responses.bytes(
        ctx, 200, CertificateRoutes.CRL_CONTENT_TYPE, TestCertificateAuthority.der(control.crl()));
  }

  private void crlPem(Context ctx) {
    Responses.bytes(ctx, 200, PEM_CONTENT_TYPE, ascii(TestCertificateAuthority.pem(control.crl())));
  }

  private static byte[] ascii(String pem) {
    return pem.getBytes(StandardCharsets.US_ASCII);
  }
}
