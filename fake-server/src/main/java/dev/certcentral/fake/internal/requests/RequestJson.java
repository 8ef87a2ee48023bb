package dev.certcentral.fake.internal.requests;

import static dev.certcentral.fake.internal.http.DigiCertJson.timestamp;
import static dev.certcentral.fake.internal.http.DigiCertJson.user;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.Request;
import dev.certcentral.fake.internal.orders.OrderJson;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Requests in DigiCert's JSON shapes, as DigiCert's examples 001 and 002 show them, streamed
 * straight into bytes; a request embeds its order in the order's own shape.
 */
public final class RequestJson {

  private RequestJson() {}

  /**
   * A request as {@code GET /request/{id}} shows it; {@code date_processed}, reviewer and processor
   * are left out while it is open, and the order unless given.
   */
  public static void request(
      JsonWriter json, Request request, Optional<Order> embedded, Instant now) throws IOException {
    json.beginObject();
    requestFields(json, request, embedded, now);
    json.endObject();
  }

  /** The fields of a request, for callers that add fields of their own. */
  public static void requestFields(
      JsonWriter json, Request request, Optional<Order> embedded, Instant now) throws IOException {
    json.name("id").value(request.id().value());
    json.name("date").value(timestamp(request.date()));
    json.name("type").value(request.rawType());
    json.name("status").value(request.rawStatus());
    if (request.dateProcessed().isPresent()) {
      json.name("date_processed").value(timestamp(request.dateProcessed().get()));
    }
    user(json, "requester", request.requester());
    user(json, "reviewer", request.reviewer());
    user(json, "processor", request.processor());
    if (embedded.isPresent()) {
      OrderJson.order(json.name("order"), embedded.get(), now);
    }
    json.name("comments").value(request.comments());
    if (request.processorComment().isPresent()) {
      json.name("processor_comment").value(request.processorComment().get());
    }
  }

  /** A list of requests under {@code requests}, each with its order. */
  public static void requestList(JsonWriter json, List<Request> requests, Instant now)
      throws IOException {
    json.beginObject().name("requests").beginArray();
    for (Request request : requests) {
      request(json, request, request.order(), now);
    }
    json.endArray().endObject();
  }
}
