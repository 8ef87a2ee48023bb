package dev.certcentral.core.domain;

import static dev.certcentral.core.domain.Fixtures.ADMIN;
import static dev.certcentral.core.domain.Fixtures.CLOCK;
import static dev.certcentral.core.domain.Fixtures.CSR;
import static dev.certcentral.core.domain.Fixtures.REQUESTER;
import static dev.certcentral.core.domain.Fixtures.TOKEN;
import static dev.certcentral.core.domain.Fixtures.certificate;
import static dev.certcentral.core.domain.Fixtures.openRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.DcvNotOpenException;
import dev.certcentral.core.domain.error.OrderNotIssuableException;
import dev.certcentral.core.domain.error.OrderNotReissuableException;
import dev.certcentral.core.domain.error.OrderNotRevocableException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReissueRulesTest {

  private final Order issued = Lifecycles.issued();

  @Test
  void aReissueMakesTheOrderReissuePendingWithAPendingRequest() {
    OrderReissue reissue = Lifecycles.reissue(issued, List.of("new.example.com"));

    Order order = reissue.order();
    assertThat(order.status()).isEqualTo(OrderStatus.REISSUE_PENDING);
    assertThat(order.certificate()).isEqualTo(issued.certificate());
    assertThat(order.namesToIssue()).containsExactly("example.com", "new.example.com");
    assertThat(order.pendingDomains()).containsExactly("new.example.com");
    assertThat(order.pendingReissue()).map(CertificateDetails::csr).contains(CSR + "2");
    Request request = reissue.request();
    assertThat(request.type()).isEqualTo(RequestType.REISSUE);
    assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(request.orderId()).contains(issued.id());
    assertThat(request.requester()).contains(REQUESTER);
  }

  @Test
  void theCertificateToIssueIsTheReissuesElseTheOrdersOwn() {
    CertificateDetails own = issued.certificateToIssue().orElseThrow();
    assertThat(own.csr()).isEqualTo(CSR);
    assertThat(own.securedNames()).isEqualTo(issued.securedNames());
    assertThat(own.signatureHash()).isEqualTo(SignatureHash.SHA256);

    Order pending = Lifecycles.reissue(issued, List.of("new.example.com")).order();
    assertThat(pending.certificateToIssue()).isEqualTo(pending.pendingReissue());
    assertThat(Order.builder(issued.id()).build().certificateToIssue()).isEmpty();
  }

  @Test
  void leftOutNamesKeepTheOrdersAndAlreadyValidatedNamesNeedNoNewDcv() {
    OrderReissue rekey = Lifecycles.reissue(issued, List.of());

    assertThat(rekey.order().namesToIssue()).isEqualTo(issued.securedNames());
    assertThat(rekey.order().dcvComplete()).isTrue();
  }

  @Test
  void approvalDcvAndIssuanceGiveTheOrderANewCertificateWithTheNewNames() {
    OrderReissue reissue = Lifecycles.reissue(issued, List.of("new.example.com"));
    RequestDecision approval =
        reissue.request().decide(Decision.APPROVE, ADMIN, "ok", reissue.order(), CLOCK);
    assertThat(approval.order().status()).isEqualTo(OrderStatus.REISSUE_PENDING);
    List<Request> requests = List.of(approval.request());
    Order validated = approval.order().passDcv("new.example.com", requests, CLOCK);

    Order reissued = validated.issue(certificate(2, validated.namesToIssue()), requests);

    assertThat(reissued.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(reissued.certificate()).map(IssuedCertificate::id).contains(new CertificateId(2));
    assertThat(reissued.dnsNames()).containsExactly("example.com", "new.example.com");
    assertThat(reissued.csr()).isEqualTo(CSR + "2");
    assertThat(reissued.pendingReissue()).isEmpty();
    assertThat(reissued.domainControls()).hasSize(2).allMatch(DomainControl::isApproved);
  }

  @Test
  void anOpenReissueRequestBlocksIssuance() {
    OrderReissue reissue = Lifecycles.reissue(issued, List.of());

    assertThatThrownBy(
            () ->
                reissue
                    .order()
                    .issue(certificate(2, issued.securedNames()), List.of(reissue.request())))
        .isInstanceOf(OrderNotIssuableException.class)
        .hasMessageContaining("reissue request 200 is still pending");
  }

  @Test
  void reissuingTheSameCertificateIdTwiceIsRefused() {
    OrderReissue rekey = Lifecycles.reissue(issued, List.of());

    assertThatThrownBy(() -> rekey.order().issue(certificate(1, issued.securedNames()), List.of()))
        .isInstanceOf(OrderNotIssuableException.class)
        .hasMessageContaining("already the order's");
  }

  @Test
  void aRejectedReissueReturnsTheOrderToItsCertificate() {
    OrderReissue reissue = Lifecycles.reissue(issued, List.of("new.example.com"));

    RequestDecision rejection =
        reissue.request().decide(Decision.REJECT, ADMIN, "no", reissue.order(), CLOCK);

    assertThat(rejection.order().status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(rejection.order().pendingReissue()).isEmpty();
    assertThat(rejection.order().namesToIssue()).isEqualTo(issued.securedNames());
    assertThat(rejection.order().domainControls()).isEqualTo(issued.domainControls());
  }

  @Test
  void cancelingAReissueReturnsTheOrderToItsCertificateAndRejectsTheRequest() {
    OrderReissue reissue = Lifecycles.reissue(issued, List.of("new.example.com"));

    OrderCancellation cancel =
        reissue.order().cancel("keep the old one", List.of(reissue.request()), ADMIN, CLOCK);

    assertThat(cancel.order()).isEqualTo(issued);
    assertThat(cancel.rejectedReissue()).map(Request::status).contains(RequestStatus.REJECTED);
  }

  @Test
  void aPendingReissueBlocksRevocationAndAPendingRevokeBlocksReissue() {
    Order pending = Lifecycles.reissue(issued, List.of()).order();
    assertThatThrownBy(
            () -> pending.requestRevocation(new RequestId(5), "why", REQUESTER, List.of(), CLOCK))
        .isInstanceOf(OrderNotRevocableException.class)
        .hasMessageContaining("a reissue is pending");

    Request revoke = openRequest(6, RequestType.REVOKE);
    assertThatThrownBy(
            () ->
                issued.requestReissue(
                    new RequestId(7),
                    CertificateDetails.builder().csr(CSR).build(),
                    REQUESTER,
                    TOKEN,
                    List.of(revoke),
                    CLOCK))
        .isInstanceOf(OrderNotReissuableException.class)
        .hasMessageContaining("revoke request 6 is still pending");
  }

  @Test
  void aSecondReissueWhileOneIsPendingIsRefused() {
    OrderReissue first = Lifecycles.reissue(issued, List.of());

    assertThatThrownBy(() -> Lifecycles.reissue(first.order(), List.of()))
        .isInstanceOf(OrderNotReissuableException.class)
        .hasMessageContaining("already pending");
  }

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"ISSUED", "REISSUE_PENDING"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyAnIssuedOrderIsReissued(OrderStatus status) {
    assertThatThrownBy(() -> Lifecycles.reissue(issued.withStatus(status), List.of()))
        .isInstanceOf(OrderNotReissuableException.class)
        .hasMessageContaining("only an issued order");
  }

  @Test
  void aRevokedOrderNeverTakesACertificateAgain() {
    Order revoked = issued.revokeWithoutApproval("compromised", List.of());

    assertThat(revoked.status()).isEqualTo(OrderStatus.REVOKED);
    assertThatThrownBy(() -> Lifecycles.reissue(revoked, List.of()))
        .isInstanceOf(OrderNotReissuableException.class);
    assertThatThrownBy(() -> revoked.issue(certificate(3, revoked.securedNames()), List.of()))
        .isInstanceOf(OrderNotIssuableException.class);
    assertThatThrownBy(() -> revoked.passDcv("example.com", List.of(), CLOCK))
        .isInstanceOf(DcvNotOpenException.class);
  }
}
