package dev.certcentral.http;

import static dev.certcentral.http.Wiring.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DcvStatus;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestSummary;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.port.in.CheckDcvCommand;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.core.port.in.ReissueOrderCommand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What goes on the wire to place an order, check its DCV and reissue it, and how DigiCert's
 * documented answers read back; order info of an issued order, with its certificate and each
 * domain's DCV.
 */
class IssuanceWireTest {

  private static final String CSR = TestChain.create().csr;

  private final MockWebServer server = NoDelayServerSockets.mockWebServer();
  private final ConformingDispatcher requests = new ConformingDispatcher();
  private CertCentralClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(requests);
    server.start();
    client = Wiring.client(server, new ManualTime()).build();
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

  private RecordedRequest taken(String method, String target) throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getTarget()).isEqualTo("/services/v2/" + target);
    assertThat(request.getHeaders().get("X-DC-DEVKEY")).isEqualTo(KEY);
    return request;
  }

  /** The CSR as JSON carries it: trimmed (as CertificateDetails keeps it), newlines escaped. */
  private static String json(String csr) {
    return csr.trim().replace("\n", "\\n");
  }

  @Test
  void placingAnOrderSendsDigiCertsFieldsAndReadsTheDocumentedAnswer() throws Exception {
    // The 201 of
    // https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html
    answer(201, "{\"id\": 123456, \"requests\": [{\"id\": 113, \"status\": \"pending\"}]}");
    NewOrder order =
        NewOrder.builder()
            .productNameId("ssl_basic")
            .certificate(
                CertificateDetails.builder()
                    .commonName("example.com")
                    .dnsNames(List.of("sub.example.com", "app.example.com"))
                    .csr(CSR)
                    .signatureHash(SignatureHash.SHA384)
                    .serverPlatformId(2)
                    .build())
            .organizationId(123456)
            .orderValidity(OrderValidity.ofYears(1))
            .comments("Certificate for app server.")
            .skipApproval(true)
            .dcvMethod(DcvMethod.DNS_TXT_TOKEN)
            .build();

    SubmittedOrder placed = client.placeOrder(new PlaceOrderCommand(order));

    RecordedRequest request = taken("POST", "order/certificate/ssl_basic");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"certificate\":{\"common_name\":\"example.com\","
                + "\"dns_names\":[\"sub.example.com\",\"app.example.com\"],"
                + "\"csr\":\""
                + json(CSR)
                + "\",\"signature_hash\":\"sha384\",\"server_platform\":{\"id\":2}},"
                + "\"organization\":{\"id\":123456},\"order_validity\":{\"years\":1},"
                + "\"comments\":\"Certificate for app server.\",\"skip_approval\":true,"
                + "\"dcv_method\":\"dns-txt-token\"}");
    assertThat(placed.orderId()).isEqualTo(new OrderId(123456));
    assertThat(placed.requests())
        .containsExactly(new RequestSummary(new RequestId(113), "pending"));
    assertThat(placed.requests().get(0).status()).isEqualTo(RequestStatus.PENDING);
    assertThat(placed.certificateId()).isEmpty();
  }

  @Test
  void aMinimalOrderLeavesOutWhatTheCallerLeftAtItsDefault() throws Exception {
    answer(201, "{\"id\": 5, \"requests\": [{\"id\": 6, \"status\": \"pending\"}]}");
    NewOrder order =
        NewOrder.builder()
            .productNameId("ssl_securesite_flex")
            .certificate(CertificateDetails.builder().commonName("example.com").csr(CSR).build())
            .orderValidity(OrderValidity.ofDays(90))
            .build();

    client.certCentral().placeOrder(order);

    assertThat(taken("POST", "order/certificate/ssl_securesite_flex").getBody().utf8())
        .isEqualTo(
            "{\"certificate\":{\"common_name\":\"example.com\",\"csr\":\""
                + json(CSR)
                + "\",\"signature_hash\":\"sha256\"},\"order_validity\":{\"days\":90},"
                + "\"dcv_method\":\"email\"}");
  }

  @Test
  void theLegacyValidityYearsGoesAsOrderValidity() throws Exception {
    answer(201, "{\"id\": 5}");

    SubmittedOrder placed =
        client
            .certCentral()
            .placeOrder(
                NewOrder.builder()
                    .productNameId("ssl_plus")
                    .certificate(
                        CertificateDetails.builder().commonName("example.com").csr(CSR).build())
                    .validityYears(2)
                    .build());

    assertThat(taken("POST", "order/certificate/ssl_plus").getBody().utf8())
        .contains("\"order_validity\":{\"years\":2}")
        .doesNotContain("validity_years");
    assertThat(placed.requests()).isEmpty();
  }

  @Test
  void anOrderIssuedAtOnceCarriesItsCertificateIdAndTheRestIsIgnored() {
    // A DV order answered as public clients record it (certificate_id, dcv_random_value, domains).
    answer(
        201,
        "{\"id\": 7, \"certificate_id\": \"987654\", \"requests\": [{\"id\": 8, \"status\":"
            + " \"approved\"}], \"dcv_random_value\": \"abc123xyz\", \"domains\": [{\"id\": 111,"
            + " \"name\": \"example.com\", \"dcv_token\": {\"token\": \"abc123xyz\", \"status\":"
            + " \"pending\", \"expiration_date\": \"2024-12-31T23:59:59+00:00\"}}]}");

    SubmittedOrder placed =
        client.placeOrder(
            new PlaceOrderCommand(
                NewOrder.builder()
                    .productNameId("ssl_basic")
                    .certificate(
                        CertificateDetails.builder().commonName("example.com").csr(CSR).build())
                    .orderValidity(OrderValidity.ofYears(1))
                    .skipApproval(true)
                    .build()));

    assertThat(placed.certificateId()).contains(new CertificateId(987654));
    assertThat(placed.requests().get(0).status()).isEqualTo(RequestStatus.APPROVED);
  }

  @Test
  void checkingDcvSendsNoBodyAndReadsEachDomainsStatus() throws Exception {
    // https://dev.digicert.com/en/certcentral-apis/services-api/orders/dv-ssl--check-dcv.html
    answer(
        200,
        "{\"order_status\": \"issued\", \"certificate_id\": 249043544, \"dcv_status\": \"valid\","
            + " \"dns_name_validations\": [{\"dns_name\": \"example.com\", \"status\":"
            + " \"approved\"}, {\"dns_name\": \"example.org\", \"status\": \"approved\"}]}");

    DcvCheck check = client.checkDcv(new CheckDcvCommand(new OrderId(77)));

    RecordedRequest request = taken("PUT", "order/certificate/77/check-dcv");
    assertThat(request.getBody().size()).isZero();
    assertThat(check.orderStatus()).isEqualTo(OrderStatus.ISSUED);
    assertThat(check.certificateId()).contains(new CertificateId(249043544));
    assertThat(check.dcvStatus()).isEqualTo(DcvCheck.VALID);
    assertThat(check.dnsNameValidations())
        .containsExactly(
            new DcvCheck.NameStatus("example.com", "approved"),
            new DcvCheck.NameStatus("example.org", "approved"));
    assertThat(check.dnsNameValidations().get(0).status()).isEqualTo(DcvStatus.APPROVED);
  }

  @Test
  void theOlderCheckDcvPagesAnswerWithoutNamesReads() {
    // https://dev.digicert.com/services-api/orders/dv-ssl-check-dcv/ (the page's 200 example)
    answer(
        200,
        "{\"order_status\": \"pending\", \"certificate_id\": 123456, \"dcv_status\": \"valid\"}");

    DcvCheck check = client.certCentral().checkDcv(new OrderId(77));

    assertThat(check.rawOrderStatus()).isEqualTo("pending");
    assertThat(check.certificateId()).contains(new CertificateId(123456));
    assertThat(check.dnsNameValidations()).isEmpty();
  }

  @Test
  void reissuingSendsDigiCertsExampleBodyAndReadsTheRequest() throws Exception {
    // The request of https://dev.digicert.com/services-api/orders/reissue-certificate/
    answer(201, "{\"id\": 123456, \"requests\": [{\"id\": 2, \"status\": \"pending\"}]}");
    CertificateDetails certificate =
        CertificateDetails.builder()
            .commonName("example.com")
            .dnsNames(List.of("sub.example.com"))
            .csr(CSR)
            .serverPlatformId(2)
            .build();

    SubmittedOrder reissue =
        client.reissueOrder(new ReissueOrderCommand(new OrderId(123456), certificate));

    assertThat(taken("POST", "order/certificate/123456/reissue").getBody().utf8())
        .isEqualTo(
            "{\"certificate\":{\"common_name\":\"example.com\","
                + "\"dns_names\":[\"sub.example.com\"],\"csr\":\""
                + json(CSR)
                + "\",\"signature_hash\":\"sha256\",\"server_platform\":{\"id\":2}}}");
    assertThat(reissue.orderId()).isEqualTo(new OrderId(123456));
    assertThat(reissue.requests()).containsExactly(new RequestSummary(new RequestId(2), "pending"));
  }

  @Test
  void aReissueWithANewKeyOnlyKeepsTheOrdersNamesAndPlatform() throws Exception {
    answer(201, "{\"id\": 9, \"requests\": [{\"id\": 3, \"status\": \"pending\"}]}");

    client
        .certCentral()
        .reissueOrder(new OrderId(9), CertificateDetails.builder().csr(CSR).build());

    assertThat(taken("POST", "order/certificate/9/reissue").getBody().utf8())
        .isEqualTo(
            "{\"certificate\":{\"csr\":\"" + json(CSR) + "\",\"signature_hash\":\"sha256\"}}");
  }

  @Test
  void anIssuedOrdersInfoCarriesItsCertificate() throws Exception {
    // Order info's fields for an issued order, as its page lists them
    // (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-info.html).
    answer(
        200,
        "{\"id\": 123456, \"status\": \"issued\", \"certificate\": {\"id\": 112358,"
            + " \"common_name\": \"example.com\", \"dns_names\": [\"example.com\","
            + " \"www.example.com\"], \"date_created\": \"2018-10-16T20:05:28+00:00\","
            + " \"date_issued\": \"2018-10-17T09:11:42+00:00\", \"csr\": \"<csr>\","
            + " \"serial_number\": \"0669D02B4AF6DC8D57B8D0B8DE3ACB0E\", \"thumbprint\":"
            + " \"7A9CDB9E7E8C0F0E6CF6C5F6D9B1C0D4A2B3C4D5\", \"valid_from\": \"2018-10-17\","
            + " \"valid_till\": \"2019-11-18\", \"days_remaining\": 0, \"signature_hash\":"
            + " \"sha256\", \"key_size\": 2048, \"server_platform\": {\"id\": -1, \"name\":"
            + " \"OTHER\"}, \"ca_cert\": {\"id\": \"A2B3\", \"name\": \"DigiCert SHA2 Secure"
            + " Server CA\"}}, \"date_created\": \"2018-10-16T20:05:28+00:00\", \"product\":"
            + " {\"name_id\": \"ssl_plus\"}, \"dcv_method\": \"dns-txt-token\", \"domains\":"
            + " [{\"id\": 1, \"name\": \"example.com\", \"status\": \"approved\","
            + " \"date_approved\": \"2018-10-17T09:10:00+00:00\", \"dcv_token\": {\"token\":"
            + " \"tok1\", \"expiration_date\": \"2018-11-16T20:05:28+00:00\"}}, {\"id\": 2,"
            + " \"name\": \"www.example.com\", \"status\": \"pending\"}]}");

    Order order = client.getOrder(new OrderId(123456));

    taken("GET", "order/certificate/123456");
    IssuedCertificate certificate = order.certificate().orElseThrow();
    assertThat(certificate.id()).isEqualTo(new CertificateId(112358));
    assertThat(certificate.serialNumber()).isEqualTo("0669D02B4AF6DC8D57B8D0B8DE3ACB0E");
    assertThat(certificate.thumbprint()).isEqualTo("7A9CDB9E7E8C0F0E6CF6C5F6D9B1C0D4A2B3C4D5");
    assertThat(certificate.commonName()).isEqualTo("example.com");
    assertThat(certificate.dnsNames()).containsExactly("example.com", "www.example.com");
    assertThat(certificate.dateIssued()).isEqualTo(Instant.parse("2018-10-17T09:11:42Z"));
    assertThat(certificate.validFrom()).isEqualTo(LocalDate.parse("2018-10-17"));
    assertThat(certificate.validTill()).isEqualTo(LocalDate.parse("2019-11-18"));
    assertThat(certificate.signatureHash()).isEqualTo(SignatureHash.SHA256);
    assertThat(certificate.keySize()).isEqualTo(2048);
    assertThat(order.csr()).isEqualTo("<csr>");
    assertThat(order.signatureHash()).contains(SignatureHash.SHA256);
    assertThat(order.serverPlatformId()).isEqualTo(-1);
    assertThat(order.dcvMethod()).contains(DcvMethod.DNS_TXT_TOKEN);
    assertThat(order.domainControls())
        .containsExactly(
            new DomainControl(
                "example.com",
                DcvMethod.DNS_TXT_TOKEN,
                Optional.of("tok1"),
                DcvStatus.APPROVED,
                Optional.of(Instant.parse("2018-10-17T09:10:00Z"))),
            new DomainControl(
                "www.example.com",
                DcvMethod.DNS_TXT_TOKEN,
                Optional.empty(),
                DcvStatus.PENDING,
                Optional.empty()));
  }

  @Test
  void aPendingOrderHasACertificateIdButNoIssuedCertificate() {
    // DigiCert numbers the certificate when the order is placed (check-DCV answers a pending
    // order's certificate_id); serial number and validity exist only once it is issued.
    answer(
        200,
        "{\"id\": 5, \"status\": \"pending\", \"certificate\": {\"id\": 6, \"common_name\":"
            + " \"example.com\", \"signature_hash\": \"sha512\", \"server_platform\": {\"id\":"
            + " 2}}}");

    Order order = client.getOrder(new OrderId(5));

    assertThat(order.certificate()).isEmpty();
    assertThat(order.signatureHash()).contains(SignatureHash.SHA512);
    assertThat(order.serverPlatformId()).isEqualTo(2);
    assertThat(order.dcvMethod()).isEmpty();
    assertThat(order.domainControls()).isEmpty();
  }
}
