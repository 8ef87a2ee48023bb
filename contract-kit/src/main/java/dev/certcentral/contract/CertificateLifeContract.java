package dev.certcentral.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.PollSchedule;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestSummary;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.CsrInvalidException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.RuleViolationException;
import dev.certcentral.core.port.in.AwaitIssuanceCommand;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.CertCentralUseCases;
import dev.certcentral.core.port.in.CheckDcvCommand;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.core.port.in.ReissueOrderCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.core.service.CertCentralService;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The certificate-life contract: what every implementation of {@link CertCentral} must do from
 * placing an order to revoking its certificate, whether it is the fake's in-memory store, the HTTP
 * adapter talking to the fake, or the HTTP adapter talking to DigiCert. Each scenario places its
 * own orders, with a key and CSR it makes, drives them through core's use cases ({@link
 * CertCentralService} over the implementation) and, after it, ends every order it placed (rejected,
 * canceled or revoked), so a run against the real CertCentral leaves nothing open.
 *
 * <p>Subclasses supply a {@link CertificateLifeFixture} through {@link #fixture()}, which the
 * contract calls on first use inside each scenario, after every {@code @BeforeEach} of the
 * subclass. Refusals are asserted by type, as in {@link CertCentralContract}.
 */
@ExtendWith(EndPlacedOrders.class)
public abstract class CertificateLifeContract {

  /** The product {@code name_id} the contract orders to see an unknown product refused. */
  protected static final String UNKNOWN_PRODUCT = "no_such_product";

  private final PlacedOrders placed = new PlacedOrders();
  private CertificateLifeFixture fixture;
  private CertCentralUseCases useCases;

  /** For subclasses; the scenarios need nothing but {@link #fixture()}. */
  protected CertificateLifeContract() {}

  /**
   * The fixture for the implementation under test. The contract asks for it once per scenario, on
   * first use inside the scenario, so it runs after every {@code @BeforeEach} of the subclass: a
   * subclass may build its implementation there.
   *
   * @return the fixture for this scenario
   */
  protected abstract CertificateLifeFixture fixture();

  /** Ends every order the scenario placed; {@link EndPlacedOrders} calls it after each body. */
  void endPlacedOrders() {
    if (fixture != null) {
      placed.cleanUp(fixture.certCentral());
    }
  }

  @AfterEach
  void forgetFixture() {
    // A PER_CLASS test instance would otherwise carry one scenario's fixture into the next.
    fixture = null;
    useCases = null;
  }

  // --- placement ------------------------------------------------------------------------------

  @Test
  @DisplayName("a placed order waits in needs_approval on one open new-certificate request")
  void placedOrderWaitsForApproval() {
    Placed order = place(false);

    Request request = onlyRequest(order.submitted());
    assertThat(request.type()).isEqualTo(RequestType.NEW_REQUEST);
    assertThat(request.status().isOpen()).isTrue();
    assertThat(request.orderId()).contains(order.id());
    Order read = life().getOrder(order.id());
    assertThat(read.status()).isEqualTo(OrderStatus.NEEDS_APPROVAL);
    assertThat(read.commonName()).isEqualTo(order.names().get(0));
    assertThat(read.securedNames()).containsExactlyInAnyOrderElementsOf(order.names());
    assertThat(read.certificate()).isEmpty();
  }

  @Test
  @DisplayName("an order for an unknown product is a NotFoundException and places nothing")
  void unknownProductIsRefused() {
    long before = orderCount();
    NewOrder.Builder form =
        form(SigningRequest.forNames(names()), names(), false).productNameId(UNKNOWN_PRODUCT);

    assertThatThrownBy(() -> life().placeOrder(new PlaceOrderCommand(form.build())))
        .isInstanceOf(NotFoundException.class);
    assertThat(orderCount()).isEqualTo(before);
  }

  @Test
  @DisplayName("a CSR that does not parse is a CsrInvalidException and places nothing")
  void unreadableCsrIsRefused() {
    long before = orderCount();
    List<String> names = names();
    CertificateDetails unreadable =
        CertificateDetails.builder()
            .commonName(names.get(0))
            .dnsNames(names.subList(1, names.size()))
            .csr(
                "-----BEGIN CERTIFICATE REQUEST-----\nbm90IGEgQ1NS\n-----END CERTIFICATE REQUEST-----")
            .build();
    NewOrder.Builder form = form(SigningRequest.forNames(names), names, false);
    form.certificate(unreadable);

    assertThatThrownBy(() -> life().placeOrder(new PlaceOrderCommand(form.build())))
        .isInstanceOf(CsrInvalidException.class);
    assertThat(orderCount()).isEqualTo(before);
  }

  // --- approval, DCV, issuance, download ------------------------------------------------------

  @Test
  @DisplayName("approved and validated, an order is issued a certificate for its names and key")
  void approvedValidatedOrderIsIssued() {
    Placed order = place(false);
    approveOpenRequest(order.submitted());

    Order issued = validateAndAwait(order.id(), Optional.empty());

    assertThat(issued.status()).isEqualTo(OrderStatus.ISSUED);
    IssuedCertificate certificate = issued.certificate().orElseThrow();
    assertThat(certificate.dnsNames()).containsExactlyInAnyOrderElementsOf(order.names());
    CertificateDownload pem =
        life()
            .downloadCertificate(
                DownloadCertificateCommand.of(certificate.id(), CertificateFormat.PEM_ALL));
    X509Certificate leaf = assertLeafFor(pem, order.names(), order.csr().keys().getPublic());
    assertThat(leaf.getSerialNumber()).isEqualTo(new BigInteger(certificate.serialNumber(), 16));
    List<X509Certificate> chain = pem.certificates();
    X509Certificate root = chain.get(chain.size() - 1);
    assertThat(chain).as("pem_all: the leaf and the CAs up to the root").hasSizeGreaterThan(1);
    assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
  }

  @Test
  @DisplayName("the certificate downloads by order and by id, as PEM and PKCS#7, the same leaf")
  void certificateDownloadsInSeveralFormats() {
    Placed order = place(false);
    approveOpenRequest(order.submitted());
    CertificateId id = validateAndAwait(order.id(), Optional.empty()).certificate().get().id();

    CertificateDownload p7b =
        life()
            .downloadCertificate(
                DownloadCertificateCommand.ofOrder(order.id(), CertificateFormat.P7B));
    CertificateDownload noRoot =
        life().downloadCertificate(DownloadCertificateCommand.of(id, CertificateFormat.PEM_NOROOT));
    CertificateDownload all =
        life().downloadCertificate(DownloadCertificateCommand.of(id, CertificateFormat.PEM_ALL));

    PublicKey key = order.csr().keys().getPublic();
    assertThat(p7b.format()).isEqualTo(CertificateFormat.P7B);
    assertThat(p7b.contentType()).startsWith("application/x-pkcs7-certificates");
    assertThat(noRoot.contentType()).startsWith("application/x-pem-file");
    assertThat(assertLeafFor(p7b, order.names(), key))
        .isEqualTo(assertLeafFor(noRoot, order.names(), key));
    assertThat(noRoot.certificates())
        .as("pem_noroot: pem_all but the root")
        .hasSize(all.certificates().size() - 1);
    assertThat(p7b.certificates()).hasSameSizeAs(all.certificates());
  }

  @Test
  @DisplayName("skip_approval places an order that needs no approval before DCV")
  void skipApprovalNeedsNoApproval() {
    Placed order = place(true);

    assertThat(life().getOrder(order.id()).status()).isNotEqualTo(OrderStatus.NEEDS_APPROVAL);
    assertThat(PlacedOrders.openRequest(certCentral(), order.id(), RequestType.NEW_REQUEST))
        .isEmpty();
    assertThat(validateAndAwait(order.id(), Optional.empty()).status())
        .isEqualTo(OrderStatus.ISSUED);
  }

  @Test
  @DisplayName("a DCV check before the proof is in place is refused, and the order keeps waiting")
  void dcvCheckBeforeProofIsRefused() {
    Placed order = place(false);
    approveOpenRequest(order.submitted());
    Order waiting = life().getOrder(order.id());
    Assumptions.assumeTrue(
        waiting.status() == OrderStatus.PENDING,
        () ->
            "the implementation validated the domains by itself (order "
                + waiting.rawStatus()
                + "), so there is no proof to miss; a fake with a DCV policy of never shows it");

    assertThatThrownBy(() -> life().checkDcv(new CheckDcvCommand(order.id())))
        .isInstanceOf(RuleViolationException.class);
    Order after = life().getOrder(order.id());
    assertThat(after.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(after.certificate()).isEmpty();
    assertThat(after.pendingDomains()).isNotEmpty();

    assertThat(validateAndAwait(order.id(), Optional.empty()).status())
        .isEqualTo(OrderStatus.ISSUED);
  }

  // --- reissue --------------------------------------------------------------------------------

  @Test
  @DisplayName("a reissue with a new key issues a new certificate; the old one still downloads")
  void reissueIssuesANewCertificate() {
    Placed order = place(false);
    approveOpenRequest(order.submitted());
    IssuedCertificate old =
        validateAndAwait(order.id(), Optional.empty()).certificate().orElseThrow();
    SigningRequest newKey = SigningRequest.forNames(order.names());

    SubmittedOrder reissue =
        life().reissueOrder(new ReissueOrderCommand(order.id(), details(newKey, order.names())));

    assertThat(reissue.orderId()).isEqualTo(order.id());
    assertThat(life().getOrder(order.id()).status()).isEqualTo(OrderStatus.REISSUE_PENDING);
    Request reissueRequest = onlyRequest(reissue);
    assertThat(reissueRequest.type()).isEqualTo(RequestType.REISSUE);
    approveOpenRequest(reissue);
    IssuedCertificate renewed =
        validateAndAwait(order.id(), Optional.of(old.id())).certificate().orElseThrow();

    assertThat(renewed.id()).isNotEqualTo(old.id());
    assertThat(renewed.serialNumber()).isNotEqualTo(old.serialNumber());
    assertLeafFor(
        life()
            .downloadCertificate(
                DownloadCertificateCommand.ofOrder(order.id(), CertificateFormat.PEM_ALL)),
        order.names(),
        newKey.keys().getPublic());
    assertLeafFor(
        life()
            .downloadCertificate(
                DownloadCertificateCommand.of(old.id(), CertificateFormat.PEM_ALL)),
        order.names(),
        order.csr().keys().getPublic());
  }

  @Test
  @DisplayName("canceling a pending reissue keeps the old certificate, and the wait says so")
  void canceledReissueKeepsTheOldCertificate() {
    Placed order = place(false);
    approveOpenRequest(order.submitted());
    CertificateId old = validateAndAwait(order.id(), Optional.empty()).certificate().get().id();
    SubmittedOrder reissue =
        life()
            .reissueOrder(
                new ReissueOrderCommand(
                    order.id(), details(SigningRequest.forNames(order.names()), order.names())));

    life().cancelOrder(new CancelOrderCommand(order.id(), "keep it"));

    Order after = life().getOrder(order.id());
    assertThat(after.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(after.certificate().map(IssuedCertificate::id)).contains(old);
    assertThat(life().getRequest(reissue.requests().get(0).id()).status())
        .isEqualTo(RequestStatus.REJECTED);
    assertLeafFor(
        life()
            .downloadCertificate(
                DownloadCertificateCommand.ofOrder(order.id(), CertificateFormat.PEM_ALL)),
        order.names(),
        order.csr().keys().getPublic());
  }

  // --- revoke and cancel ----------------------------------------------------------------------

  @Test
  @DisplayName("revoking an issued order waits for approval; approved, the order is revoked")
  void revokeAfterApproval() {
    Placed order = place(false);
    approveOpenRequest(order.submitted());
    validateAndAwait(order.id(), Optional.empty());

    RevokeOutcome outcome =
        life()
            .revokeOrderCertificates(
                new RevokeOrderCertificatesCommand(order.id(), PlacedOrders.NOTE, false));

    assertThat(outcome).isInstanceOf(RevokeOutcome.RequestCreated.class);
    assertThat(life().getOrder(order.id()).status()).isEqualTo(OrderStatus.ISSUED);
    Request revoke = ((RevokeOutcome.RequestCreated) outcome).request();
    life().decideRequest(DecideRequestCommand.approve(revoke.id(), PlacedOrders.NOTE));

    assertThat(life().getOrder(order.id()).status()).isEqualTo(OrderStatus.REVOKED);
    assertThat(life().getRequest(revoke.id()).status()).isEqualTo(RequestStatus.APPROVED);
  }

  @Test
  @DisplayName("an issued order cannot be canceled, and stays issued")
  void cancelIssuedIsRefused() {
    Placed order = place(false);
    approveOpenRequest(order.submitted());
    validateAndAwait(order.id(), Optional.empty());

    assertThatThrownBy(() -> life().cancelOrder(new CancelOrderCommand(order.id(), "too late")))
        .isInstanceOf(RuleViolationException.class);
    assertThat(life().getOrder(order.id()).status()).isEqualTo(OrderStatus.ISSUED);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** An order the scenario placed, with the names and the CSR it was placed with. */
  private record Placed(SubmittedOrder submitted, List<String> names, SigningRequest csr) {
    OrderId id() {
      return submitted.orderId();
    }
  }

  private CertificateLifeFixture given() {
    if (fixture == null) {
      fixture = fixture();
    }
    return fixture;
  }

  private CertCentral certCentral() {
    return given().certCentral();
  }

  /** Core's use cases over the implementation, with real time: a fake never makes them wait. */
  private CertCentralUseCases life() {
    if (useCases == null) {
      useCases = CertCentralService.over(certCentral());
    }
    return useCases;
  }

  private List<String> names() {
    String domain = given().domain();
    return List.of(domain, "www." + domain);
  }

  private Placed place(boolean skipApproval) {
    List<String> names = names();
    SigningRequest csr = SigningRequest.forNames(names);
    SubmittedOrder submitted =
        life().placeOrder(new PlaceOrderCommand(form(csr, names, skipApproval).build()));
    placed.add(submitted.orderId());
    return new Placed(submitted, names, csr);
  }

  private NewOrder.Builder form(SigningRequest csr, List<String> names, boolean skipApproval) {
    NewOrder.Builder form =
        NewOrder.builder()
            .productNameId(given().productNameId())
            .certificate(details(csr, names))
            .orderValidity(OrderValidity.ofYears(1))
            .comments(PlacedOrders.NOTE)
            .organizationId(given().organizationId())
            .skipApproval(skipApproval)
            .dcvMethod(DcvMethod.DNS_TXT_TOKEN);
    return form;
  }

  private static CertificateDetails details(SigningRequest csr, List<String> names) {
    return CertificateDetails.builder()
        .commonName(names.get(0))
        .dnsNames(names.subList(1, names.size()))
        .csr(csr.pem())
        .build();
  }

  private Request onlyRequest(SubmittedOrder submitted) {
    assertThat(submitted.requests()).hasSize(1);
    return life().getRequest(submitted.requests().get(0).id());
  }

  /** Approves the request the placement or reissue made, if it still waits for a decision. */
  private void approveOpenRequest(SubmittedOrder submitted) {
    for (RequestSummary summary : submitted.requests()) {
      if (life().getRequest(summary.id()).status().isOpen()) {
        life().decideRequest(DecideRequestCommand.approve(summary.id(), PlacedOrders.NOTE));
      }
    }
  }

  /**
   * Has the fixture make every pending name pass DCV, asks for a check if the order still waits,
   * and waits for the (new) certificate.
   */
  private Order validateAndAwait(OrderId id, Optional<CertificateId> replacing) {
    Order order = life().getOrder(id);
    if (waitsForDcv(order)) {
      for (String name : order.pendingDomains()) {
        given().passDcv(id, name);
      }
      if (waitsForDcv(life().getOrder(id))) {
        DcvCheck check = life().checkDcv(new CheckDcvCommand(id));
        assertThat(check.dcvStatus()).isEqualTo(DcvCheck.VALID);
      }
    }
    return life()
        .awaitIssuance(
            new AwaitIssuanceCommand(id, replacing, PollSchedule.of(given().issuanceTimeout())));
  }

  private static boolean waitsForDcv(Order order) {
    return (order.status() == OrderStatus.PENDING || order.status() == OrderStatus.REISSUE_PENDING)
        && !order.pendingDomains().isEmpty();
  }

  private long orderCount() {
    return life().listOrders(OrderQuery.all()).total();
  }

  /** The download's leaf: for the names, with the CSR's key. */
  private static X509Certificate assertLeafFor(
      CertificateDownload download, List<String> names, PublicKey key) {
    List<X509Certificate> chain = download.certificates();
    X509Certificate leaf = chain.get(0);
    assertThat(leaf.getPublicKey()).isEqualTo(key);
    assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=" + names.get(0));
    assertThat(dnsNames(leaf)).containsExactlyInAnyOrderElementsOf(names);
    return leaf;
  }

  private static List<String> dnsNames(X509Certificate leaf) {
    List<String> names = new ArrayList<>();
    try {
      Collection<List<?>> alternatives = leaf.getSubjectAlternativeNames();
      if (alternatives != null) {
        for (List<?> alternative : alternatives) {
          if (Integer.valueOf(2).equals(alternative.get(0))) {
            names.add((String) alternative.get(1));
          }
        }
      }
    } catch (CertificateParsingException e) {
      throw new AssertionError("the leaf's subject alternative names do not parse", e);
    }
    return names;
  }
}
