package dev.certcentral.openapi.check.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only calls of the covered API, made against one CertCentral: list orders; order info,
 * validation status and (for an issued order) the certificate's chain and a PEM download of one
 * order per status the list shows; list requests and request info of one request per status; list
 * products. Every call is a GET: nothing changes on the account. Ids come from each CertCentral's
 * own lists, so the call names ({@code getOrder [issued]}) pair the two sides, not the ids.
 */
public final class ReadOnlyCalls {

  /** The key header of CertCentral's Services API. */
  static final String KEY_HEADER = "X-DC-DEVKEY";

  /** How many orders the list asks for: enough to find most statuses, few enough to be quick. */
  static final int LIST_LIMIT = 50;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Target target;
  private final HttpClient http;
  private final List<Observation> observations = new ArrayList<>();

  private ReadOnlyCalls(Target target, HttpClient http) {
    this.target = target;
    this.http = http;
  }

  /** Makes every read-only call against {@code target}, one after another, and records each. */
  public static List<Observation> record(Target target) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    ReadOnlyCalls calls = new ReadOnlyCalls(target, http);
    calls.orders();
    calls.requests();
    calls.call("listProducts", "listProducts", "/product");
    return List.copyOf(calls.observations);
  }

  private void orders() {
    Optional<JsonNode> list =
        call("listOrders", "listOrders", "/order/certificate?limit=" + LIST_LIMIT);
    for (Map.Entry<String, String> first : firstIdPerStatus(list, "orders").entrySet()) {
      String status = first.getKey();
      String path = "/order/certificate/" + first.getValue();
      Optional<JsonNode> order = call("getOrder [" + status + "]", "getOrder", path);
      call("getValidationStatus [" + status + "]", "getValidationStatus", path + "/validation");
      Optional<String> certificate =
          order.map(o -> o.at("/certificate/id")).flatMap(ReadOnlyCalls::id);
      if (certificate.isPresent()) {
        call(
            "getCertificateChain [" + status + "]",
            "getCertificateChain",
            "/certificate/" + certificate.get() + "/chain");
        call(
            "downloadOrderCertificateByFormat [" + status + ", pem_all]",
            "downloadOrderCertificateByFormat",
            "/certificate/download/order/" + first.getValue() + "/format/pem_all");
      }
    }
  }

  private void requests() {
    Optional<JsonNode> list = call("listRequests", "listRequests", "/request");
    for (Map.Entry<String, String> first : firstIdPerStatus(list, "requests").entrySet()) {
      call("getRequest [" + first.getKey() + "]", "getRequest", "/request/" + first.getValue());
    }
  }

  /** The id of the first item of each status in the list's {@code field}, in list order. */
  private static Map<String, String> firstIdPerStatus(Optional<JsonNode> list, String field) {
    Map<String, String> first = new LinkedHashMap<>();
    list.map(answer -> answer.path(field))
        .ifPresent(
            items ->
                items.forEach(
                    item ->
                        id(item.path("id"))
                            .ifPresent(
                                id -> first.putIfAbsent(item.path("status").asText("?"), id))));
    return first;
  }

  private static Optional<String> id(JsonNode node) {
    return node.isIntegralNumber() || (node.isTextual() && node.asText().matches("\\d+"))
        ? Optional.of(node.asText())
        : Optional.empty();
  }

  /** Makes one GET, records it, and hands back its JSON body when it succeeded with one. */
  private Optional<JsonNode> call(String name, String operationId, String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(target.baseUrl() + pathAndQuery))
            .timeout(TIMEOUT)
            .header(KEY_HEADER, target.apiKey())
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      observations.add(
          new Observation(name, operationId, Observation.NO_ANSWER, JsonShape.of(new byte[0])));
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + target, e);
    }
    byte[] body = response.body();
    observations.add(new Observation(name, operationId, response.statusCode(), JsonShape.of(body)));
    if (response.statusCode() / 100 != 2 || body.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(body));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
