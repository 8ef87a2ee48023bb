package dev.certcentral.http;

import static dev.certcentral.http.Wiring.KEY;
import static dev.certcentral.http.Wiring.seed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.User;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import dev.certcentral.core.port.out.CertCentral;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire for each call, and how the seeds' documented answers read back. */
class WireFormatTest {

  private final MockWebServer server = NoDelayServerSockets.mockWebServer();
  private final ConformingDispatcher requests = new ConformingDispatcher();
  private CertCentralClient client;
  private CertCentral port;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(requests);
    server.start();
    client = Wiring.client(server, new ManualTime()).build();
    port = client.certCentral();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    requests.assertConforming();
  }

  private void answer(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private RecordedRequest taken() throws InterruptedException {
    return server.takeRequest();
  }

  private static void assertHeaders(RecordedRequest request) {
    assertThat(request.getHeaders().get("X-DC-DEVKEY")).isEqualTo(KEY);
  }

  @Test
  void cancelSendsTheCurrentSpellingAndTheNote() throws Exception {
    answer(204, "");

    port.cancelOrder(new OrderId(5), "Message about the cancellation.");

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo("/services/v2/order/certificate/5/status");
    assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"status\":\"canceled\",\"note\":\"Message about the cancellation.\"}");
  }

  @Test
  void revokeSendsCommentsAndReadsSeed001sRequest() throws Exception {
    answer(201, seed("revoke-request.json"));

    RevokeOutcome outcome =
        port.revokeOrderCertificates(new OrderId(7), "I no longer need this cert.", false);

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo("/services/v2/order/certificate/7/revoke");
    assertHeaders(request);
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"comments\":\"I no longer need this cert.\"}");
    Request created = ((RevokeOutcome.RequestCreated) outcome).request();
    assertThat(created.id()).isEqualTo(new RequestId(1));
    assertThat(created.date()).isEqualTo(Instant.parse("2016-02-10T17:06:15Z"));
    assertThat(created.type()).isEqualTo(RequestType.REVOKE);
    assertThat(created.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(created.requester())
        .contains(new User(242140, "Jack", "White", "j.white@fakeaddy.com"));
    assertThat(created.comments()).isEqualTo("Revoked via API!");
    assertThat(created.orderId()).contains(new OrderId(7));
  }

  @Test
  void revokeSkippingApprovalSendsTheFlagAndReadsA204() throws Exception {
    answer(204, "");

    RevokeOutcome outcome = port.revokeOrderCertificates(new OrderId(7), "now", true);

    assertThat(taken().getBody().utf8()).isEqualTo("{\"comments\":\"now\",\"skip_approval\":true}");
    assertThat(outcome).isEqualTo(new RevokeOutcome.RevokedImmediately(new OrderId(7)));
  }

  @Test
  void seed002sProcessedRequestReadsIntoTheDomain() throws Exception {
    answer(200, seed("request-approved.json"));

    Request request = port.getRequest(new RequestId(198));

    RecordedRequest sent = taken();
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo("/services/v2/request/198");
    assertHeaders(sent);
    assertThat(request.type()).isEqualTo(RequestType.NEW_REQUEST);
    assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(request.dateProcessed()).contains(Instant.parse("2018-11-02T16:44:19Z"));
    User john = new User(14, "John", "Smith", "john.smith@digicert.com");
    assertThat(request.requester()).contains(john);
    assertThat(request.reviewer()).contains(john);
    assertThat(request.processor()).contains(john);
    assertThat(request.comments()).isEqualTo("New certificate.");
    Order order = request.order().orElseThrow();
    assertThat(order.id()).isEqualTo(new OrderId(12345678));
    assertThat(request.orderId()).contains(new OrderId(12345678));
    assertThat(order.status()).isEqualTo(OrderStatus.NEEDS_APPROVAL);
    assertThat(order.commonName()).isEqualTo("example.com");
    assertThat(order.dnsNames()).containsExactly("example.com", "www.example.com");
    assertThat(order.organization().orElseThrow().id()).isEqualTo(112233);
    assertThat(order.organization().orElseThrow().name()).isEqualTo("Epigyne Unwieldiness llcasdf");
    assertThat(order.productNameId()).isEqualTo("ssl_plus");
    assertThat(order.validityYears()).isEqualTo(1);
    assertThat(order.dateCreated()).contains(Instant.parse("2018-10-16T20:05:28Z"));
  }

  @Test
  void seed002sPendingRequestHasNoDateProcessed() {
    answer(200, seed("request-pending.json"));

    Request request = port.getRequest(new RequestId(198));

    assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(request.dateProcessed()).isEmpty();
    assertThat(request.reviewer()).isEmpty();
  }

  @Test
  void seed004sValidationReadsWithItsStringIds() throws Exception {
    answer(200, seed("validation.json"));

    OrderValidation validation = port.getValidationStatus(new OrderId(112211));

    assertThat(taken().getTarget()).isEqualTo("/services/v2/order/certificate/112211/validation");
    assertThat(validation.orderId()).isEqualTo(new OrderId(112211));
    assertThat(validation.orderStatus()).isEqualTo(OrderStatus.ISSUED);
    assertThat(validation.organizationId()).isEqualTo("12345");
    assertThat(validation.organizationName()).isEqualTo("Example Organization");
    assertThat(validation.organizationValidations())
        .singleElement()
        .satisfies(
            org -> {
              assertThat(org.type()).isEqualTo("ov");
              assertThat(org.status()).isEqualTo("complete");
              assertThat(org.validatedUntil()).contains(Instant.parse("2019-04-25T21:52:33Z"));
            });
    assertThat(validation.dnsNameValidations())
        .singleElement()
        .satisfies(
            dns -> {
              assertThat(dns.domainId()).isEqualTo("1234");
              assertThat(dns.approvalScope()).isEqualTo("subdomains");
              assertThat(dns.dnsNames()).containsExactly("sub.example.com");
              assertThat(dns.approvalExpirationDate())
                  .contains(Instant.parse("2020-09-11T16:27:39Z"));
            });
  }

  @Test
  void decideSendsStatusAndCommentAndLeavesABlankCommentOut() throws Exception {
    answer(204, "");
    answer(204, "");

    port.decideRequest(new RequestId(9), Decision.APPROVE, "ok");
    port.decideRequest(new RequestId(9), Decision.REJECT, " ");

    RecordedRequest approve = taken();
    assertThat(approve.getMethod()).isEqualTo("PUT");
    assertThat(approve.getTarget()).isEqualTo("/services/v2/request/9/status");
    assertThat(approve.getBody().utf8())
        .isEqualTo("{\"status\":\"approved\",\"processor_comment\":\"ok\"}");
    assertThat(taken().getBody().utf8()).isEqualTo("{\"status\":\"rejected\"}");
  }

  @Test
  void listOrdersSendsPagingAndTheStatusFilter() throws Exception {
    answer(
        200,
        "{\"orders\": [{\"id\": 3, \"status\": \"issued\", \"certificate\": {\"common_name\":"
            + " \"a.example\"}}], \"page\": {\"total\": 7, \"limit\": 1, \"offset\": 2}}");

    OrderPage page = port.listOrders(new OrderQuery(2, 1, Optional.of(OrderStatus.ISSUED)));

    RecordedRequest request = taken();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/services/v2/order/certificate");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("2");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("1");
    assertThat(request.getUrl().queryParameter("filters[status]")).isEqualTo("issued");
    assertThat(page.total()).isEqualTo(7);
    assertThat(page.orders()).extracting(Order::commonName).containsExactly("a.example");
  }

  @Test
  void listRequestsReadsTheWrapper() throws Exception {
    answer(200, "{\"requests\": [" + seed("request-pending.json") + "]}");

    List<Request> requests = port.listRequests();

    assertThat(taken().getTarget()).isEqualTo("/services/v2/request");
    assertThat(requests).extracting(Request::id).containsExactly(new RequestId(198));
  }

  @Test
  void unknownFieldsAreIgnoredAndUnknownValuesKept() {
    answer(
        200,
        "{\"id\": \"77\", \"status\": \"on_hold_for_audit\", \"brand_new_field\": {\"x\": [1]},"
            + " \"certificate\": {\"common_name\": \"c.example\", \"future\": true}}");

    Order order = port.getOrder(new OrderId(77));

    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order.rawStatus()).isEqualTo("on_hold_for_audit");
    assertThat(order.id()).isEqualTo(new OrderId(77));
  }

  @Test
  void aNullIdIsReadAsAbsent() {
    answer(
        200,
        "{\"id\": 9, \"date\": \"2030-01-01T00:00:00+00:00\", \"type\": \"revoke\","
            + " \"status\": \"pending\", \"requester\": {\"id\": null, \"first_name\": \"A\"}}");
    answer(200, "{\"id\": null, \"status\": \"issued\"}");

    Request request = port.getRequest(new RequestId(9));
    CertCentralException order =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CertCentralException.class, () -> port.getOrder(new OrderId(1)));

    assertThat(request.requester().orElseThrow().id()).isZero();
    assertThat(order).isInstanceOf(UnexpectedResponseException.class);
    assertThat(order.getMessage()).contains("order id is missing");
  }

  @Test
  void anIdIsWrittenBackAsTheTextItWasReadFrom() {
    com.squareup.moshi.Moshi moshi =
        new com.squareup.moshi.Moshi.Builder().add(new IdTextAdapter()).build();

    assertThat(
            moshi.adapter(Wire.OrganizationDto.class).toJson(new Wire.OrganizationDto("05", "n")))
        .isEqualTo("{\"id\":\"05\",\"name\":\"n\"}");
  }
}
