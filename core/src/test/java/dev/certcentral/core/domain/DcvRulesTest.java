package dev.certcentral.core.domain;

import static dev.certcentral.core.domain.Fixtures.ADMIN;
import static dev.certcentral.core.domain.Fixtures.CLOCK;
import static dev.certcentral.core.domain.Fixtures.NOW;
import static dev.certcentral.core.domain.Fixtures.ORDER_ID;
import static dev.certcentral.core.domain.Fixtures.newOrder;
import static dev.certcentral.core.domain.Fixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.DcvCheckFailedException;
import dev.certcentral.core.domain.error.DcvNotOpenException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DcvRulesTest {

  private final Order approved = placed(newOrder().skipApproval(true).build()).order();

  @Test
  void aNamePassesOnceTheRequestIsApproved() {
    Order after = approved.passDcv("WWW.example.com", List.of(), CLOCK);

    DomainControl www = after.domainControls().get(1);
    assertThat(www.status()).isEqualTo(DcvStatus.APPROVED);
    assertThat(www.dateApproved()).contains(NOW);
    assertThat(after.pendingDomains()).containsExactly("example.com");
    assertThat(after.dcvComplete()).isFalse();
    assertThat(after.passDcv("example.com", List.of(), CLOCK).dcvComplete()).isTrue();
  }

  @Test
  void passingAnApprovedNameAgainChangesNothing() {
    Order once = approved.passDcv("example.com", List.of(), CLOCK);
    java.time.Clock later = java.time.Clock.offset(CLOCK, java.time.Duration.ofHours(1));

    assertThat(once.passDcv("example.com", List.of(), later)).isEqualTo(once);
  }

  @Test
  void aNameNotOnTheOrderIsRefused() {
    assertThatThrownBy(() -> approved.passDcv("other.example", List.of(), CLOCK))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("other.example");
    assertThatThrownBy(() -> approved.passDcv(null, List.of(), CLOCK))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void dcvWaitsForTheNewCertificateRequestsApproval() {
    OrderPlacement placement = placed(newOrder().build());

    assertThatThrownBy(
            () -> placement.order().passDcv("example.com", List.of(placement.request()), CLOCK))
        .isInstanceOf(DcvNotOpenException.class)
        .hasMessageContaining("not approved")
        .satisfies(e -> assertThat(((DcvNotOpenException) e).orderId()).isEqualTo(ORDER_ID));
    Order inconsistent = placement.order().withStatus(OrderStatus.PENDING);
    assertThatThrownBy(
            () -> inconsistent.passDcv("example.com", List.of(placement.request()), CLOCK))
        .isInstanceOf(DcvNotOpenException.class)
        .hasMessageContaining("new_request request 100 is still pending");
  }

  @ParameterizedTest
  @EnumSource(
      value = OrderStatus.class,
      names = {"PENDING", "REISSUE_PENDING", "NEEDS_APPROVAL"},
      mode = EnumSource.Mode.EXCLUDE)
  void ordersNotWaitingForACertificateTakeNoDcv(OrderStatus status) {
    Order order = approved.withStatus(status);

    assertThatThrownBy(() -> order.passDcv("example.com", List.of(), CLOCK))
        .isInstanceOf(DcvNotOpenException.class)
        .hasMessageContaining("not waiting")
        .satisfies(
            e -> assertThat(((DcvNotOpenException) e).currentStatus()).isEqualTo(status.value()));
    assertThatThrownBy(() -> order.checkDcv(control -> true, List.of(), CLOCK))
        .isInstanceOf(DcvNotOpenException.class);
  }

  @Test
  void aCheckApprovesTheNamesWhoseProofIsInPlaceAndKeepsThemWhenOthersAreMissing() {
    Order after =
        approved.checkDcv(control -> control.dnsName().startsWith("www"), List.of(), CLOCK);

    assertThat(after.pendingDomains()).containsExactly("example.com");
    DcvCheckFailedException failure =
        DcvCheckFailedException.of(after.id(), DcvMethod.DNS_TXT_TOKEN, after.pendingDomains());
    assertThat(failure.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_DNS_TXT);
    assertThat(failure.pendingNames()).containsExactly("example.com");
    assertThat(failure.getMessage()).contains("example.com", ORDER_ID.toString());
    assertThat(approved.checkDcv(control -> true, List.of(), CLOCK).dcvComplete()).isTrue();
  }

  @Test
  void aFailedCheckUsesTheMethodsDocumentedCode() {
    assertThat(code(DcvMethod.DNS_TXT_TOKEN)).isEqualTo("invalid_dns_txt");
    assertThat(code(DcvMethod.DNS_CNAME_TOKEN)).isEqualTo("invalid_dns_txt");
    assertThat(code(DcvMethod.HTTP_TOKEN)).isEqualTo("file_random_value_not_found");
    assertThat(code(DcvMethod.EMAIL)).isEqualTo("invalid_dns_method");
  }

  private static String code(DcvMethod method) {
    return DcvCheckFailedException.of(ORDER_ID, method, List.of("a.example")).primaryErrorCode();
  }

  @Test
  void theCheckAnswerListsEachNameAndSaysValidOnceAllPassed() {
    DcvCheck pending = DcvCheck.of(approved.passDcv("example.com", List.of(), CLOCK));
    assertThat(pending.dcvStatus()).isEqualTo("pending");
    assertThat(pending.orderStatus()).isEqualTo(OrderStatus.PENDING);
    assertThat(pending.certificateId()).isEmpty();
    assertThat(pending.dnsNameValidations())
        .extracting(DcvCheck.NameStatus::dnsName, DcvCheck.NameStatus::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("example.com", DcvStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple("www.example.com", DcvStatus.PENDING));

    DcvCheck valid = DcvCheck.of(approved.checkDcv(control -> true, List.of(), CLOCK));
    assertThat(valid.dcvStatus()).isEqualTo(DcvCheck.VALID);
  }

  @Test
  void answerValuesNormaliseMissingParts() {
    DcvCheck empty = new DcvCheck(null, null, null, null);
    assertThat(empty.orderStatus()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(empty.certificateId()).isEmpty();
    assertThat(empty.dcvStatus()).isEmpty();
    assertThat(empty.dnsNameValidations()).isEmpty();
    assertThat(new DcvCheck.NameStatus(null, null).status()).isEqualTo(DcvStatus.UNKNOWN);
    assertThat(new DcvCheck.NameStatus(null, null).dnsName()).isEmpty();
  }

  @Test
  void controlsKeepTheirInvariants() {
    DomainControl seeded = DomainControl.approved("a.example", DcvMethod.EMAIL, NOW);
    assertThat(seeded.isApproved()).isTrue();
    assertThat(seeded.approve(Instant.EPOCH)).isSameAs(seeded);
    assertThatThrownBy(
            () ->
                new DomainControl(
                    "a.example", DcvMethod.EMAIL, null, DcvStatus.APPROVED, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new DomainControl("a.example", DcvMethod.EMAIL, null, DcvStatus.PENDING, null).token())
        .isEmpty();
    assertThat(DcvMethod.fromValue("dns-txt-token")).isEqualTo(DcvMethod.DNS_TXT_TOKEN);
    assertThat(DcvMethod.fromValue("x")).isEqualTo(DcvMethod.UNKNOWN);
    assertThat(DcvMethod.EMAIL.usesToken()).isFalse();
    assertThat(DcvStatus.fromValue("APPROVED")).isEqualTo(DcvStatus.APPROVED);
  }

  @Test
  void dcvReopensForAReissueOnlyOnceItIsApproved() {
    Order issued = Lifecycles.issued();
    OrderReissue reissue = Lifecycles.reissue(issued, List.of("new.example.com"));

    assertThatThrownBy(
            () -> reissue.order().passDcv("new.example.com", List.of(reissue.request()), CLOCK))
        .isInstanceOf(DcvNotOpenException.class)
        .hasMessageContaining("reissue request");
    Request approvedReissue = reissue.request().decide(Decision.APPROVE, ADMIN, "", CLOCK);
    assertThat(
            reissue
                .order()
                .passDcv("new.example.com", List.of(approvedReissue), CLOCK)
                .pendingDomains())
        .isEmpty();
  }
}
