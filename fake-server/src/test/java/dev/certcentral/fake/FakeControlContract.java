package dev.certcentral.fake;

import static dev.certcentral.fake.CallCount.atLeast;
import static dev.certcentral.fake.CallCount.exactly;
import static dev.certcentral.fake.CallCount.never;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Organization;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCategory;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.fake.internal.ca.Csrs;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a test does to a fake through {@link FakeControl}, with the results it must see: run against
 * a fake in this JVM ({@code InProcessControlTest}) and against the standalone jar in another
 * process through {@link FakeControlClient} ({@code StandaloneJarControlIT}). The fake's
 * CertCentral API is called over HTTP in both, as a client under test would.
 */
abstract class FakeControlContract {

  /** The control of a fake that outlives the class; each test starts from a reset. */
  protected abstract FakeControl control();

  private FakeControl fake;
  private Http http;

  @BeforeEach
  void resetTheFake() {
    fake = control();
    fake.reset();
    http = new Http(fake.baseUrl().replace("/services/v2", ""));
  }

  @Test
  void aGivenOrderIsServedAsTheSpecSays() {
    OrderId id =
        fake.givenOrder(
            OrderSpec.status(OrderStatus.ISSUED)
                .commonName("shop.example")
                .dnsNames(List.of("shop.example", "www.shop.example"))
                .organization(new Organization(4711, "Shop Ltd"))
                .productNameId("ssl_basic")
                .validityYears(2));

    Map<String, Object> order = http.get("/order/certificate/" + id, fake.apiKey()).json();

    assertThat(order)
        .containsEntry("status", "issued")
        .containsEntry("product_name_id", "ssl_basic");
    assertThat(order).containsEntry("validity_years", 2.0);
    assertThat(Http.object(order.get("certificate")))
        .containsEntry("common_name", "shop.example")
        .containsEntry("dns_names", List.of("shop.example", "www.shop.example"));
    assertThat(Http.object(order.get("organization"))).containsEntry("name", "Shop Ltd");
    assertThat(fake.state().orderStatus(id)).contains(OrderStatus.ISSUED);
  }

  @Test
  void aStatusAloneAndASpecGiveTheSameKindOfId() {
    OrderId first = fake.givenOrder(OrderStatus.PENDING);
    OrderId second = fake.givenOrder(OrderSpec.status(OrderStatus.PENDING));

    assertThat(second.value()).isEqualTo(first.value() + 1);
    assertThat(http.get("/order/certificate/" + second, fake.apiKey()).status()).isEqualTo(200);
  }

  @Test
  void givenValidationsReplaceTheOnesTheStatusImplies() {
    DnsNameValidation dns =
        new DnsNameValidation(
            "77",
            "shop.example",
            "domain",
            "pending",
            "dns-txt-token",
            List.of("shop.example"),
            Optional.of(Instant.parse("2031-02-03T04:05:06Z")));
    OrderId id =
        fake.givenOrder(
            OrderSpec.status(OrderStatus.PENDING)
                .commonName("shop.example")
                .dnsNameValidations(List.of(dns)));

    Map<String, Object> validation =
        http.get("/order/certificate/" + id + "/validation", fake.apiKey()).json();

    assertThat(Http.object(((List<?>) validation.get("dns_name_validations")).get(0)))
        .containsEntry("domain_id", "77")
        .containsEntry("method", "dns-txt-token")
        .containsEntry("approval_expiration_date", "2031-02-03T04:05:06+00:00");
  }

  @Test
  void anOrderInAKeysAccountIsSeenByThatKeyAlone() {
    String stranger = fake.newAccountKey(KeyRole.ADMINISTRATOR);

    OrderId id = fake.givenOrder(OrderSpec.status(OrderStatus.ISSUED).inAccountOf(stranger));

    assertThat(http.get("/order/certificate/" + id, stranger).status()).isEqualTo(200);
    assertThat(http.get("/order/certificate/" + id, fake.apiKey()).status()).isEqualTo(404);
  }

  @Test
  void anOrderForAnUnknownKeyIsRefusedAsAnInvalidRequest() {
    assertThatThrownBy(
            () -> fake.givenOrder(OrderSpec.status(OrderStatus.ISSUED).inAccountOf("nobody")))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e -> assertThat(((CertCentralException) e).hasErrorCode("invalid_param")).isTrue());
    assertThat(fake.state().orderCount()).isZero();
  }

  @Test
  void keysHaveTheirRoles() {
    OrderId pending = fake.givenOrder(OrderStatus.PENDING);
    String viewer = fake.addKey(KeyRole.VIEW_ONLY);
    String user = fake.addKey(KeySpec.role(KeyRole.USER).value("chosen-user-key"));
    long request = revoke(fake.givenOrder(OrderStatus.ISSUED), fake.apiKey());

    assertThat(user).isEqualTo("chosen-user-key");
    assertThat(http.get("/order/certificate/" + pending, viewer).status()).isEqualTo(200);
    Http.Response viewerCancels = cancel(pending, viewer);
    assertThat(viewerCancels.status()).isEqualTo(403);
    assertThat(viewerCancels.errorCode()).isEqualTo("access_denied|missing_permission");
    assertThat(decide(request, user).status()).isEqualTo(403);
    assertThat(decide(request, fake.apiKey()).status()).isEqualTo(204);
  }

  @Test
  void aKeyAddedAgainUnchangedIsHarmlessAndWithAnotherRoleIsRefused() {
    KeySpec spec = KeySpec.role(KeyRole.USER).value("twice");

    assertThat(fake.addKey(spec)).isEqualTo(fake.addKey(spec));
    assertThatThrownBy(() -> fake.addKey(KeySpec.role(KeyRole.VIEW_ONLY).value("twice")))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> {
              assertThat(e.httpStatus()).hasValue(409);
              assertThat(e.hasErrorCode("api_key_exists")).isTrue();
            });
    assertThatThrownBy(() -> fake.addKey(KeySpec.role(KeyRole.USER).value("k".repeat(201))))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST));
  }

  @Test
  void aStatusFaultAnswersTheMatchingCallsOnlyAsOftenAsToldThenRetires() {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);
    Fault fault = Fault.status(503).on(HttpMethod.PUT, "/order/certificate").times(1);

    fake.inject(fault);

    assertThat(fake.faults()).containsExactly(fault);
    assertThat(http.get("/order/certificate/" + id, fake.apiKey()).status()).isEqualTo(200);
    Http.Response refused = cancel(id, fake.apiKey());
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.errorCode()).isEqualTo("service_unavailable");
    assertThat(fake.faults()).isEmpty();
    assertThat(cancel(id, fake.apiKey()).status()).isEqualTo(204);
  }

  @Test
  void aDropAfterHandlingLosesTheAnswerButNotTheChange() {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);
    fake.inject(Fault.drop().on(HttpMethod.PUT, "/order/certificate").afterHandling().times(1));

    assertThatThrownBy(() -> cancel(id, fake.apiKey())).isInstanceOf(UncheckedIOException.class);

    assertThat(fake.state().orderStatus(id)).contains(OrderStatus.CANCELED);
    fake.verify(exactly(1), HttpMethod.PUT, "/order/certificate/{order_id}/status");
    assertThat(fake.journal())
        .filteredOn(call -> call.path().endsWith("/status"))
        .singleElement()
        .satisfies(call -> assertThat(call.answered()).isFalse());
  }

  @Test
  void faultsComeBackAsTheyWentInAndAreCleared() {
    List<Fault> faults =
        List.of(
            Fault.status(429).on(HttpMethod.GET, "/request").times(3),
            Fault.drop().on(HttpMethod.ANY).delayedBy(Duration.ofMillis(250)),
            Fault.delay(Duration.ofSeconds(2)).on(HttpMethod.PUT, "/order").afterHandling(),
            Fault.status(500).probability(0.25).seed(42));

    faults.forEach(fake::inject);

    assertThat(fake.faults()).containsExactlyElementsOf(faults);
    assertThat(fake.state().faultCount()).isEqualTo(4);
    fake.clearFaults();
    assertThat(fake.faults()).isEmpty();
  }

  @Test
  void aSeededProbabilisticFaultRepeatsItself() {
    assertThat(statusesWithSeed(11)).isEqualTo(statusesWithSeed(11)).contains(200, 503);
  }

  private List<Integer> statusesWithSeed(long seed) {
    fake.clearFaults();
    fake.inject(Fault.status(503).on(HttpMethod.GET, "/request").probability(0.5).seed(seed));
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(http.get("/request", fake.apiKey()).status());
    }
    return statuses;
  }

  @Test
  void theClockCanBeSetAndAdvancedAndStampsWhatTheFakeWrites() {
    Instant set = Instant.parse("2030-05-01T10:00:00Z");

    fake.setClock(set);
    assertThat(fake.now()).isBetween(set, set.plusSeconds(60));
    long request = revoke(fake.givenOrder(OrderStatus.ISSUED), fake.apiKey());
    fake.advanceClock(Duration.ofDays(1));

    assertThat(fake.now())
        .isBetween(set.plus(Duration.ofDays(1)), set.plus(Duration.ofDays(1)).plusSeconds(60));
    assertThat((String) http.get("/request/" + request, fake.apiKey()).json().get("date"))
        .startsWith("2030-05-01T10:0");
  }

  @Test
  void theJournalHoldsACallAsSoonAsItsClientHasTheAnswer() {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    http.get("/order/certificate/" + id, fake.apiKey());
    revoke(id, fake.apiKey());

    fake.verify(exactly(1), HttpMethod.PUT, "/order/certificate/{order_id}/revoke");
    fake.verify(exactly(1), HttpMethod.GET, "/order/certificate/" + id);
    fake.verify(never(), HttpMethod.PUT, "/request/{request_id}/status");
    fake.verify(atLeast(1), HttpMethod.ANY, "/order/certificate/{order_id}/revoke");
    assertThat(fake.countCalls(HttpMethod.ANY, "/order/certificate/{order_id}")).isEqualTo(1);
    assertThat(fake.journal())
        .filteredOn(call -> call.path().startsWith("/services/v2/"))
        .extracting(call -> call.method() + " " + call.path() + " " + call.status())
        .containsExactly(
            "GET /services/v2/order/certificate/" + id + " 200",
            "PUT /services/v2/order/certificate/" + id + "/revoke 201");
    assertThat(fake.journal().toString()).doesNotContain(fake.apiKey());
  }

  @Test
  void aCallThatMatchedNoRouteIsJournaledToo() {
    assertThat(http.get("/no/such/route", fake.apiKey()).status()).isEqualTo(404);

    fake.verify(exactly(1), HttpMethod.GET, "/no/such/route");
  }

  @Test
  void aVerificationThatDoesNotHoldSaysWhatTheJournalHolds() {
    http.get("/request", fake.apiKey());

    assertThatThrownBy(() -> fake.verify(exactly(2), HttpMethod.GET, "/request"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected exactly 2 GET /request but there was 1")
        .hasMessageContaining("GET /services/v2/request -> 200");
  }

  @Test
  void theStateCountsWhatTheFakeHoldsAndMasksTheKeys() {
    OrderId reissue = fake.givenOrder(OrderStatus.REISSUE_PENDING);
    fake.givenOrder(OrderStatus.ISSUED);
    fake.addKey(KeyRole.USER);

    FakeState state = fake.state();

    assertThat(state.orderCount()).isEqualTo(2);
    assertThat(state.orderCount(FakeCertCentral.DEFAULT_ACCOUNT)).isEqualTo(2);
    assertThat(state.orderIds()).contains(reissue);
    assertThat(state.requestCount()).as("the reissue's open request").isEqualTo(1);
    assertThat(state.requestStatus(new RequestId(5001))).contains(RequestStatus.PENDING);
    assertThat(state.keyCount()).isEqualTo(2);
    assertThat(state.json()).doesNotContain(fake.apiKey());
  }

  @Test
  void aResetForgetsWhatTestsAddedAndKeepsTheStartKeys() {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    String added = fake.addKey(KeyRole.ADMINISTRATOR);
    fake.inject(Fault.status(500).on(HttpMethod.GET, "/nothing"));
    fake.setClock(Instant.parse("2040-01-01T00:00:00Z"));
    fake.setDcvPolicy(DcvPolicy.never());

    fake.reset();

    assertThat(fake.state().orderCount()).isZero();
    assertThat(fake.faults()).isEmpty();
    assertThat(fake.now()).isCloseTo(Instant.now(), within(1, ChronoUnit.HOURS));
    assertThat(fake.dcvPolicy()).isEqualTo(DcvPolicy.instant());
    assertThat(http.get("/order/certificate/" + id, fake.apiKey()).status()).isEqualTo(404);
    assertThat(http.get("/request", added).status()).isEqualTo(403);
    assertThat(fake.givenOrder(OrderStatus.ISSUED)).as("ids start over").isEqualTo(id);
  }

  @Test
  void theDcvPolicyIsInstantUntilSetAndComesBackAsSet() {
    assertThat(fake.dcvPolicy()).isEqualTo(DcvPolicy.instant());

    for (DcvPolicy policy :
        List.of(
            DcvPolicy.after(Duration.ofSeconds(30)),
            DcvPolicy.afterRandomDelay(Duration.ofMinutes(1), Duration.ofHours(2)).seed(7),
            DcvPolicy.never(),
            DcvPolicy.instant())) {
      fake.setDcvPolicy(policy);
      assertThat(fake.dcvPolicy()).isEqualTo(policy);
    }
  }

  @Test
  void underTheInstantPolicyAnApprovedOrderIsIssuedAtOnce() {
    OrderId id = placeAndApprove("shop.example", "www.shop.example");

    assertThat(orderStatus(id)).isEqualTo("issued");
  }

  @Test
  void underADelayPolicyAnOrderIsIssuedWhenTheFakesClockHasMovedOnByTheDelay() {
    fake.setDcvPolicy(DcvPolicy.after(Duration.ofSeconds(30)));
    OrderId id = placeAndApprove("shop.example");

    fake.advanceClock(Duration.ofSeconds(20));
    assertThat(orderStatus(id)).isEqualTo("pending");
    fake.advanceClock(Duration.ofSeconds(10));
    assertThat(orderStatus(id)).isEqualTo("issued");
  }

  @Test
  void underTheNeverPolicyOnlyTokensInPlacePassTheNamesAndTheLastOneIssues() {
    fake.setDcvPolicy(DcvPolicy.never());
    OrderId id = placeAndApprove("shop.example", "www.shop.example");
    fake.advanceClock(Duration.ofDays(30));
    assertThat(orderStatus(id)).isEqualTo("pending");

    fake.dcvTokenInPlace(id, "shop.example");
    assertThat(orderStatus(id)).isEqualTo("pending");
    fake.dcvTokenInPlace(id, "WWW.shop.example");

    assertThat(orderStatus(id)).isEqualTo("issued");
  }

  @Test
  void aTokenForAnUnknownOrderOrANameNotOnTheOrderIsRefused() {
    fake.setDcvPolicy(DcvPolicy.never());
    OrderId id = placeAndApprove("shop.example");

    assertThatThrownBy(() -> fake.dcvTokenInPlace(new OrderId(id.value() + 1000), "shop.example"))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND));
    assertThatThrownBy(() -> fake.dcvTokenInPlace(id, "other.example"))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(orderStatus(id)).isEqualTo("pending");
  }

  @Test
  void theRootVerifiesTheIssuedChainWithTheJdksPkix() throws Exception {
    List<X509Certificate> chain = download(placeAndApprove("shop.example"));

    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(fake.caRoot(), null)));
    parameters.setRevocationEnabled(false);
    parameters.setDate(Date.from(fake.now()));
    CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, 2));

    assertThat(CertPathValidator.getInstance("PKIX").validate(path, parameters)).isNotNull();
    assertThat(chain.get(2)).isEqualTo(fake.caRoot());
  }

  @Test
  void aRevokedCertificatesSerialIsInTheCrlOnceTheRevocationIsApproved() throws Exception {
    OrderId id = placeAndApprove("shop.example");
    List<X509Certificate> chain = download(id);
    X509Certificate leaf = chain.get(0);
    long request = revoke(id, fake.apiKey());

    assertThat(fake.crl().getRevokedCertificate(leaf)).isNull();
    assertThat(decide(request, fake.apiKey()).status()).isEqualTo(204);

    X509CRL crl = fake.crl();
    crl.verify(chain.get(1).getPublicKey());
    assertThat(crl.getRevokedCertificate(leaf.getSerialNumber())).isNotNull();
  }

  /** Places an order for the names over the CertCentral API and approves its request. */
  private OrderId placeAndApprove(String commonName, String... moreNames) {
    List<String> names = new ArrayList<>(List.of(commonName));
    names.addAll(List.of(moreNames));
    String csr = Csrs.pem(Csrs.ec("secp256r1"), commonName, names);
    String body =
        "{\"certificate\": {\"common_name\": \""
            + commonName
            + "\", \"dns_names\": [\""
            + String.join("\", \"", names)
            + "\"], \"csr\": \""
            + csr.replace("\n", "\\n")
            + "\", \"signature_hash\": \"sha256\"}, \"organization\": {\"id\": 4711},"
            + " \"order_validity\": {\"years\": 1},"
            + " \"dcv_method\": \"dns-txt-token\"}";
    Http.Response placed =
        http.send("POST", "/services/v2/order/certificate/ssl_basic", fake.apiKey(), body);
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    OrderId id = new OrderId(((Number) placed.json().get("id")).longValue());
    Map<String, Object> request = Http.object(((List<?>) placed.json().get("requests")).get(0));
    assertThat(decide(((Number) request.get("id")).longValue(), fake.apiKey()).status())
        .isEqualTo(204);
    return id;
  }

  private String orderStatus(OrderId id) {
    return (String) http.get("/order/certificate/" + id, fake.apiKey()).json().get("status");
  }

  /** The order's certificate, its intermediate and the root, as {@code pem_all} gives them. */
  private List<X509Certificate> download(OrderId id) throws CertificateException {
    Http.Response pem =
        http.get("/certificate/download/order/" + id + "/format/pem_all", fake.apiKey());
    assertThat(pem.status()).as(pem.body()).isEqualTo(200);
    List<X509Certificate> chain = new ArrayList<>();
    for (var certificate :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(
                new ByteArrayInputStream(pem.body().getBytes(StandardCharsets.US_ASCII)))) {
      chain.add((X509Certificate) certificate);
    }
    assertThat(chain).hasSize(3);
    return chain;
  }

  private long revoke(OrderId id, String key) {
    Http.Response response =
        http.put("/order/certificate/" + id + "/revoke", key, "{\"comments\": \"c\"}");
    assertThat(response.status()).isEqualTo(201);
    return ((Number) response.json().get("id")).longValue();
  }

  private Http.Response cancel(OrderId id, String key) {
    return http.put(
        "/order/certificate/" + id + "/status", key, "{\"status\": \"canceled\", \"note\": \"n\"}");
  }

  private Http.Response decide(long request, String key) {
    return http.put("/request/" + request + "/status", key, "{\"status\": \"approved\"}");
  }
}
