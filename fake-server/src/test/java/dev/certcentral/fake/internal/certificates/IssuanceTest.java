package dev.certcentral.fake.internal.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.Resources;
import dev.certcentral.fake.internal.ca.Csrs;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.placement.Placement;
import dev.certcentral.fake.internal.reissue.Reissue;
import dev.certcentral.fake.internal.requests.Requests;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certificates issued, given, downloaded and revoked over a state wired as the fake wires it, with
 * DCV passing at once (the fake's start policy), without a server.
 */
class IssuanceTest {

  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
  private static KeyPair keys;

  private State state;
  private Caller admin;
  private Certificates certificates;

  @BeforeAll
  static void keys() {
    keys = Csrs.ec("secp256r1");
  }

  @BeforeEach
  void newState() {
    SimulatedClock clock = SimulatedClock.system();
    clock.set(NOW);
    state = Resources.wire(new State(clock, Optional.empty()));
    admin = state.caller(state.keys().add("admin-key", KeyRole.ADMINISTRATOR, 1));
    certificates = new Certificates(admin);
  }

  @Test
  void aPlacedOrderIsIssuedALeafForItsCsrChainedToTheRoot() {
    OrderId id = placeIssued("issued.example");
    Order order = admin.account().findOrder(id);

    assertThat(order.status()).isEqualTo(OrderStatus.ISSUED);
    CertificateId certificateId = certificates.currentOf(id);
    List<X509Certificate> chain = certificates.chain(certificateId);
    assertThat(chain).hasSize(3);
    X509Certificate leaf = chain.get(0);
    assertThat(leaf.getPublicKey()).isEqualTo(keys.getPublic());
    assertThat(leaf.getSerialNumber())
        .isEqualTo(new BigInteger(order.certificate().orElseThrow().serialNumber(), 16));
    assertThat(chain.get(2)).isEqualTo(Certificates.root(state));
    assertThat(certificates.download(id, CertificateFormat.PEM_ALL).certificates())
        .containsExactlyElementsOf(chain);
  }

  @Test
  void aGivenOrdersCertificateIsSignedWhenFirstDownloadedWithTheOrdersSerialAndNames() {
    Order order =
        new OrderFactory(state)
            .create(1, OrderSpec.status(OrderStatus.ISSUED).commonName("given.example"));
    CertificateId id = order.certificate().orElseThrow().id();

    X509Certificate leaf = certificates.certificate(id);

    assertThat(leaf.getSerialNumber())
        .isEqualTo(new BigInteger(order.certificate().orElseThrow().serialNumber(), 16));
    assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=given.example");
    assertThat(leaf.getPublicKey()).isEqualTo(state.ca().givenKey().publicKey());
    // Signed once: the second download is the same certificate.
    assertThat(certificates.certificate(id)).isEqualTo(leaf);
  }

  @Test
  void aGivenOrderWithACsrCertifiesTheCsrsKey() {
    Order order =
        new OrderFactory(state)
            .create(
                1,
                OrderSpec.status(OrderStatus.ISSUED)
                    .commonName("csr.example")
                    .csr(Csrs.pem(keys, "csr.example", List.of("csr.example"))));

    X509Certificate leaf = certificates.certificate(order.certificate().orElseThrow().id());

    assertThat(leaf.getPublicKey()).isEqualTo(keys.getPublic());
  }

  @Test
  void anOrderWithoutACsrIsIssuedOnTheFakesOwnKeyOnceApproved() {
    Order given = new OrderFactory(state).create(1, OrderSpec.status(OrderStatus.NEEDS_APPROVAL));
    RequestId request = admin.account().requestsOf(given.id()).get(0).id();

    new Requests(admin).decide(request, Decision.APPROVE, "fine");

    Order issued = admin.account().findOrder(given.id());
    assertThat(issued.status()).isEqualTo(OrderStatus.ISSUED);
    X509Certificate leaf = certificates.certificate(certificates.currentOf(given.id()));
    assertThat(leaf.getPublicKey()).isEqualTo(state.ca().givenKey().publicKey());
    assertThat(leaf.getSubjectX500Principal().getName())
        .contains("CN=" + OrderSpec.DEFAULT_COMMON_NAME);
  }

  @Test
  void aReissueIsIssuedWithItsOwnNameAndHashAndTheEarlierCertificateStays() {
    OrderId id = placeIssued("first.example");
    CertificateId first = certificates.currentOf(id);
    KeyPair next = Csrs.ec("secp384r1");

    new Reissue(admin)
        .reissue(
            id,
            CertificateDetails.builder()
                .commonName("second.example")
                .csr(Csrs.pem(next, "second.example", List.of("second.example")))
                .signatureHash("sha384")
                .build(),
            true);

    CertificateId second = certificates.currentOf(id);
    assertThat(second).isNotEqualTo(first);
    X509Certificate leaf = certificates.certificate(second);
    assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=second.example");
    assertThat(leaf.getSigAlgName()).isEqualTo("SHA384withECDSA");
    assertThat(leaf.getPublicKey()).isEqualTo(next.getPublic());
    assertThat(certificates.certificate(first).getPublicKey()).isEqualTo(keys.getPublic());
  }

  @Test
  void revokingAnOrderListsEveryCertificateItEverHadOnTheCrlAndNoOtherOrders() {
    OrderId revoked = placeIssued("revoked.example");
    BigInteger firstSerial =
        certificates.certificate(certificates.currentOf(revoked)).getSerialNumber();
    new Reissue(admin)
        .reissue(
            revoked,
            CertificateDetails.builder()
                .csr(Csrs.pem(keys, "revoked.example", List.of("revoked.example")))
                .build(),
            true);
    BigInteger secondSerial =
        certificates.certificate(certificates.currentOf(revoked)).getSerialNumber();
    OrderId kept = placeIssued("kept.example");
    state.clock().advance(Duration.ofMinutes(5));

    new Requests(admin).revoke(revoked, "key lost", true);

    X509CRL crl = Certificates.crl(state);
    assertThat(crl.getRevokedCertificates()).hasSize(2);
    assertThat(crl.getRevokedCertificate(firstSerial)).isNotNull();
    assertThat(crl.getRevokedCertificate(secondSerial).getRevocationDate().toInstant())
        .isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(
            crl.getRevokedCertificate(
                certificates.certificate(certificates.currentOf(kept)).getSerialNumber()))
        .isNull();
  }

  @Test
  void aGivenRevokedOrdersSerialIsOnTheCrl() {
    Order order = new OrderFactory(state).create(1, OrderSpec.status(OrderStatus.REVOKED));

    X509CRL crl = Certificates.crl(state);

    assertThat(
            crl.getRevokedCertificate(
                new BigInteger(order.certificate().orElseThrow().serialNumber(), 16)))
        .isNotNull();
  }

  @Test
  void anOrderWithoutACertificateOrAnUnknownCertificateIsNotFound() {
    Order pending = new OrderFactory(state).create(1, OrderSpec.status(OrderStatus.PENDING));

    assertThatThrownBy(() -> certificates.currentOf(pending.id()))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.CERTIFICATE_NOT_FOUND));
    assertThatThrownBy(() -> certificates.chain(new CertificateId(424242)))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.CERTIFICATE_NOT_FOUND));
  }

  @Test
  void anUnknownFormatIsAnUnknownRoute() {
    OrderId id = placeIssued("format.example");

    assertThatThrownBy(() -> certificates.download(id, CertificateFormat.UNKNOWN))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.ROUTE_NOT_FOUND));
  }

  private OrderId placeIssued(String name) {
    return new Placement(admin)
        .place(
            NewOrder.builder()
                .productNameId("ssl_basic")
                .organizationId(OrderSpec.DEFAULT_ORGANIZATION.id())
                .validityYears(1)
                .skipApproval(true)
                .certificate(
                    CertificateDetails.builder()
                        .commonName(name)
                        .csr(Csrs.pem(keys, name, List.of(name)))
                        .build())
                .build())
        .orderId();
  }
}
