package dev.certcentral.fake.internal.dcv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.error.DcvCheckFailedException;
import dev.certcentral.core.domain.error.DcvNotOpenException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.KeySession;
import dev.certcentral.fake.internal.Resources;
import dev.certcentral.fake.internal.ca.Csrs;
import dev.certcentral.fake.internal.orders.OrderFactory;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DCV in the state, without HTTP and on a clock that moves only when told: when it opens (a new or
 * reissue request approved), what passes a name (its token, or its time under the policy counted
 * from that approval), how it progresses on reads, and check-DCV's answers. Only DCV's reactions
 * are wired, so an order whose names all pass stays where DCV left it, except in the one test that
 * wires issuance too.
 */
class DomainValidationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final String CN = "dcv.example";
  private static final String WWW = "www.dcv.example";

  private final SimulatedClock clock = new SimulatedClock(Clock.fixed(T0, ZoneOffset.UTC));
  private State state;
  private Account account;
  private KeySession session;
  private DomainValidation dcv;

  @BeforeEach
  void dcvOnly() {
    state = new State(clock, Optional.of(7L));
    dcv = new DomainValidation(state);
    dcv.register();
    session = new KeySession(state.caller(state.keys().add("admin", KeyRole.ADMINISTRATOR, 1)));
    account = state.account(1);
  }

  // ------------------------------------------------------------------ opening

  @Test
  void approvingTheNewRequestUnderTheInstantPolicyPassesEveryNameAtOnce() {
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    assertThat(read(id).pendingDomains()).containsExactly(CN, WWW);

    approve(id);

    Order order = read(id);
    assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.pendingDomains()).isEmpty();
    assertThat(order.domainControls()).allMatch(DomainControl::isApproved);
  }

  @Test
  void underTheNeverPolicyOnlyATokenPassesAName_evenOnePlacedBeforeDcvOpened() {
    state.dcvPolicy(DcvPolicy.never());
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);

    dcv.tokenInPlace(account, id, WWW.toUpperCase(java.util.Locale.ROOT));
    assertThat(read(id).pendingDomains()).as("DCV is not open yet").containsExactly(CN, WWW);
    approve(id);

    assertThat(read(id).pendingDomains()).containsExactly(CN);
    assertThat(book().due()).isEmpty();
  }

  @Test
  void onlyAnApprovedNewOrReissueRequestOpensDcv() {
    // A pending order given without requests: DCV is open, but nothing has opened it yet.
    OrderId id = given(OrderStatus.PENDING);
    assertThat(read(id).pendingDomains()).containsExactly(CN, WWW);

    store(request(id, RequestType.REVOKE, RequestStatus.APPROVED, T0));
    assertThat(read(id).pendingDomains()).as("a revoke request").containsExactly(CN, WWW);
    store(request(id, RequestType.NEW_REQUEST, RequestStatus.REJECTED, T0));
    assertThat(read(id).pendingDomains()).as("a rejected request").containsExactly(CN, WWW);
    store(request(id, RequestType.NEW_REQUEST, RequestStatus.APPROVED, T0));
    assertThat(read(id).pendingDomains()).as("the approval").isEmpty();
  }

  @Test
  void anApprovedRequestStoredAgainDoesNotOpenDcvAgain() {
    state.dcvPolicy(DcvPolicy.never());
    OrderId id = given(OrderStatus.PENDING);
    Request approved = request(id, RequestType.NEW_REQUEST, RequestStatus.APPROVED, T0);
    store(approved);
    state.dcvPolicy(DcvPolicy.instant());

    store(approved.toBuilder().processorComment("noted").build());

    assertThat(read(id).pendingDomains()).containsExactly(CN, WWW);
  }

  @Test
  void anApprovalBeforeWhichTheRequestWasOpenOpensDcv() {
    OrderId id = given(OrderStatus.PENDING);
    Request open = request(id, RequestType.NEW_REQUEST, RequestStatus.PENDING, T0);
    store(open);
    assertThat(read(id).pendingDomains()).containsExactly(CN, WWW);

    store(open.toBuilder().status(RequestStatus.APPROVED).dateProcessed(T0).build());

    assertThat(read(id).pendingDomains()).isEmpty();
  }

  // ------------------------------------------------------------------ time

  @Test
  void underADelayANamePassesOnTheFirstReadOnceItsTimeFromTheApprovalHasCome() {
    state.dcvPolicy(DcvPolicy.after(Duration.ofHours(1)));
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    clock.advance(Duration.ofMinutes(30));
    approve(id);

    clock.advance(Duration.ofHours(1).minusSeconds(1));
    assertThat(read(id).pendingDomains()).as("1 s early").containsExactly(CN, WWW);
    clock.advance(Duration.ofSeconds(1));
    Order passed = read(id);

    assertThat(passed.pendingDomains()).isEmpty();
    assertThat(passed.domainControls())
        .extracting(control -> control.dateApproved().orElseThrow())
        .containsOnly(T0.plus(Duration.ofMinutes(90)));
    assertThat(book().due()).isEmpty();
    assertThat(book().mayBeDue(T0.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void ordersDueAtDifferentTimesPassEachAtItsOwn() {
    state.dcvPolicy(DcvPolicy.after(Duration.ofHours(1)));
    OrderId first = given(OrderStatus.NEEDS_APPROVAL);
    OrderId second = given(OrderStatus.NEEDS_APPROVAL);
    approve(first);
    clock.advance(Duration.ofMinutes(20));
    approve(second);

    clock.advance(Duration.ofMinutes(40));
    assertThat(account.orders())
        .extracting(Order::pendingDomains)
        .containsExactly(List.of(), List.of(CN, WWW));
    assertThat(book().mayBeDue(clock.instant()))
        .as("nothing more is due until the second order's time")
        .isFalse();
    clock.advance(Duration.ofMinutes(20));

    assertThat(account.orders())
        .extracting(Order::pendingDomains)
        .containsExactly(List.of(), List.of());
  }

  @Test
  void aCanceledOrderIsNoLongerDue() {
    state.dcvPolicy(DcvPolicy.after(Duration.ofHours(1)));
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    approve(id);
    assertThat(book().due()).containsOnlyKeys(id.value());
    session.cancelOrder(id, "not needed");

    clock.advance(Duration.ofHours(2));
    Order canceled = read(id);

    assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(canceled.pendingDomains()).containsExactly(CN, WWW);
    assertThat(book().due()).isEmpty();
    assertThat(book().mayBeDue(clock.instant())).isFalse();
  }

  @Test
  void tokensPassTheirNamesBeforeTheDelayAndTheOrderWaitsOnlyForTheRest() {
    state.dcvPolicy(DcvPolicy.after(Duration.ofHours(1)));
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    approve(id);

    dcv.tokenInPlace(account, id, CN);
    assertThat(read(id).pendingDomains()).containsExactly(WWW);
    assertThat(book().due()).containsEntry(id.value(), T0.plus(Duration.ofHours(1)));
    dcv.tokenInPlace(account, id, WWW);

    assertThat(read(id).pendingDomains()).isEmpty();
    assertThat(book().due()).isEmpty();
  }

  @Test
  void aReissueCountsItsDelayFromTheReissuesApproval_notTheOrdersNorLaterRequests() {
    state.dcvPolicy(DcvPolicy.after(Duration.ofHours(1)));
    OrderId id = given(OrderStatus.ISSUED);
    clock.advance(Duration.ofHours(5));
    String added = "new.dcv.example";
    reissue(id, List.of(CN, added));
    approve(id);
    assertThat(read(id).pendingDomains()).as("right after the approval").containsExactly(added);

    // A duplicate approved later is no reissue: the reissue's clock keeps running from 5 h.
    clock.advance(Duration.ofMinutes(30));
    store(request(id, RequestType.DUPLICATE, RequestStatus.APPROVED, clock.instant()));
    clock.advance(Duration.ofMinutes(30));

    Order reissuing = read(id);
    assertThat(reissuing.status()).isEqualTo(OrderStatus.REISSUE_PENDING);
    assertThat(reissuing.pendingDomains()).isEmpty();
  }

  @Test
  void aNameTheReissueDropsIsStillOneOfTheOrdersForItsToken() {
    state.dcvPolicy(DcvPolicy.never());
    OrderId id = given(OrderStatus.ISSUED);
    reissue(id, List.of(CN));

    dcv.tokenInPlace(account, id, WWW);

    assertThat(book().tokenInPlace(id, WWW)).isTrue();
  }

  @Test
  void anOrderWithNoApprovalNorCreationDateCountsItsDelayFromWhenDcvWasFirstFoundOpen() {
    state.dcvPolicy(DcvPolicy.after(Duration.ofHours(1)));
    OrderId id = stored(List.of(CN, WWW), List.of(CN, WWW));

    dcv.tokenInPlace(account, id, CN);
    assertThat(read(id).pendingDomains()).containsExactly(WWW);
    clock.advance(Duration.ofMinutes(30));
    assertThat(read(id).pendingDomains()).containsExactly(WWW);
    clock.advance(Duration.ofMinutes(30));

    assertThat(read(id).pendingDomains()).as("an hour after the token's settlement").isEmpty();
  }

  @Test
  void aNameWithoutADomainControlNeverPassesAndIsNotDueOverAndOver() {
    state.dcvPolicy(DcvPolicy.after(Duration.ofHours(1)));
    // An order as a preload might hold it: a name to issue that has no control to pass.
    OrderId id = stored(List.of(CN, WWW), List.of(CN));
    dcv.tokenInPlace(account, id, CN);
    clock.advance(Duration.ofHours(1));

    assertThat(read(id).pendingDomains()).containsExactly(WWW);
    assertThat(book().due()).isEmpty();
    assertThat(book().mayBeDue(clock.instant())).isFalse();
  }

  /** An order stored as is, pending, with no creation date and no requests. */
  private OrderId stored(List<String> names, List<String> controlled) {
    OrderId id = new OrderId(state.orderIds().next());
    Order undated =
        Order.builder(id)
            .status(OrderStatus.PENDING)
            .commonName(names.get(0))
            .dnsNames(names)
            .dcvMethod(DcvMethod.DNS_TXT_TOKEN)
            .domainControls(
                controlled.stream()
                    .map(name -> DomainControl.pending(name, DcvMethod.DNS_TXT_TOKEN, "t"))
                    .toList())
            .build();
    account.write(() -> account.put(undated));
    return id;
  }

  // ------------------------------------------------------------------ tokens refused

  @Test
  void aTokenForANameNotOnTheOrderIsAnInvalidParameter() {
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);

    assertThatThrownBy(() -> dcv.tokenInPlace(account, id, "other.example"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_PARAM);
              assertThat(e.getMessage()).contains("other.example").contains(id.toString());
            });
    assertThatThrownBy(() -> dcv.tokenInPlace(account, id, null))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(book().tokenInPlace(id, "other.example")).isFalse();
  }

  @Test
  void aTokenForAnUnknownOrderIsNotFound() {
    assertThatThrownBy(() -> dcv.tokenInPlace(account, new OrderId(42), CN))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.ORDER_NOT_FOUND));
  }

  // ------------------------------------------------------------------ check-dcv

  @Test
  void checkWithNothingInPlaceFailsWithTheMethodsCodeAndChangesNothing() {
    state.dcvPolicy(DcvPolicy.never());
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    approve(id);
    Order before = read(id);

    assertThatThrownBy(() -> dcv.check(account, id, Optional.empty()))
        .isInstanceOfSatisfying(
            DcvCheckFailedException.class,
            e -> {
              assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_DNS_TXT);
              assertThat(e.pendingNames()).containsExactly(CN, WWW);
            });
    assertThat(read(id)).isEqualTo(before);
  }

  @Test
  void checkNamesOnlyTheNamesMissingAmongTheCheckedOnes() {
    state.dcvPolicy(DcvPolicy.never());
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    approve(id);
    dcv.tokenInPlace(account, id, WWW);

    assertThatThrownBy(() -> dcv.check(account, id, Optional.empty()))
        .isInstanceOfSatisfying(
            DcvCheckFailedException.class, e -> assertThat(e.pendingNames()).containsExactly(CN));
    DcvCheck onlyWww = dcv.check(account, id, Optional.of(List.of(WWW.toUpperCase())));

    assertThat(onlyWww.orderStatus()).isEqualTo(OrderStatus.PENDING);
    assertThat(onlyWww.dcvStatus()).isEqualTo(DcvCheck.VALID);
    assertThat(onlyWww.certificateId()).isEmpty();
    assertThat(onlyWww.dnsNameValidations())
        .containsExactly(new DcvCheck.NameStatus(WWW, "approved"));
  }

  @Test
  void checkAppliesThePolicyNowToTheCheckedNamesOnly() {
    state.dcvPolicy(DcvPolicy.never());
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    approve(id);
    state.dcvPolicy(DcvPolicy.instant());

    DcvCheck checked = dcv.check(account, id, Optional.of(List.of(WWW)));

    assertThat(checked.dnsNameValidations())
        .containsExactly(new DcvCheck.NameStatus(WWW, "approved"));
    assertThat(read(id).pendingDomains()).containsExactly(CN);
    assertThat(dcv.check(account, id, Optional.empty()).dnsNameValidations())
        .extracting(DcvCheck.NameStatus::dnsName)
        .containsExactlyInAnyOrder(CN, WWW);
    assertThat(read(id).pendingDomains()).isEmpty();
  }

  @Test
  void aNameWhoseTimeHasComePassesAtTheCheckAndIsKeptWhenAnotherIsMissing() {
    state.dcvPolicy(DcvPolicy.never());
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);
    approve(id);
    // A random delay that puts the two names at least a minute apart.
    DcvPolicy random = null;
    for (long seed = 0; random == null && seed < 100; seed++) {
      DcvPolicy candidate =
          DcvPolicy.afterRandomDelay(Duration.ZERO, Duration.ofHours(2)).seed(seed);
      Duration cn = candidate.passesAfter(id, CN).orElseThrow();
      Duration www = candidate.passesAfter(id, WWW).orElseThrow();
      if (www.minus(cn).compareTo(Duration.ofMinutes(1)) > 0) {
        random = candidate;
      }
    }
    assertThat(random).as("a seed among 100 that draws the names apart").isNotNull();
    state.dcvPolicy(random);
    clock.advance(random.passesAfter(id, CN).orElseThrow());

    assertThatThrownBy(() -> dcv.check(account, id, Optional.empty()))
        .isInstanceOfSatisfying(
            DcvCheckFailedException.class, e -> assertThat(e.pendingNames()).containsExactly(WWW));
    assertThat(read(id).pendingDomains()).containsExactly(WWW);
  }

  @Test
  void checkBeforeDcvOpensIsRefusedAndOfAnUnknownOrderIsNotFound() {
    OrderId id = given(OrderStatus.NEEDS_APPROVAL);

    assertThatThrownBy(() -> dcv.check(account, id, Optional.empty()))
        .isInstanceOfSatisfying(
            DcvNotOpenException.class,
            e -> assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_STATUS));
    assertThatThrownBy(() -> dcv.check(account, new OrderId(42), Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void checkOfAnIssuedOrderAnswersAsTheCheckThatCompletedIt() {
    OrderId id = given(OrderStatus.ISSUED);
    Order issued = read(id);

    DcvCheck all = dcv.check(account, id, Optional.empty());
    DcvCheck one = dcv.check(account, id, Optional.of(List.of(CN)));

    assertThat(all.orderStatus()).isEqualTo(OrderStatus.ISSUED);
    assertThat(all.certificateId()).contains(issued.certificate().orElseThrow().id());
    assertThat(all.dcvStatus()).isEqualTo(DcvCheck.VALID);
    assertThat(all.dnsNameValidations())
        .containsExactly(
            new DcvCheck.NameStatus(CN, "approved"), new DcvCheck.NameStatus(WWW, "approved"));
    assertThat(one.dnsNameValidations()).containsExactly(new DcvCheck.NameStatus(CN, "approved"));
  }

  @Test
  void checkOfAReissueWaitingOnANewNameFails() {
    state.dcvPolicy(DcvPolicy.never());
    OrderId id = given(OrderStatus.ISSUED);
    String added = "new.dcv.example";
    reissue(id, List.of(CN, added));
    approve(id);

    assertThatThrownBy(() -> dcv.check(account, id, Optional.empty()))
        .isInstanceOfSatisfying(
            DcvCheckFailedException.class,
            e -> assertThat(e.pendingNames()).containsExactly(added));
  }

  @Test
  void aCheckThatCompletesDcvAnswersWithTheCertificateIssuedInTheSameWrite() {
    State wired = Resources.wire(new State(clock, Optional.of(7L)));
    wired.dcvPolicy(DcvPolicy.never());
    KeySession admin =
        new KeySession(wired.caller(wired.keys().add("admin", KeyRole.ADMINISTRATOR, 1)));
    OrderId id = new OrderFactory(wired).create(1, spec(OrderStatus.NEEDS_APPROVAL)).id();
    Account holder = wired.account(1);
    for (Request request : holder.requestsOf(id)) {
      admin.decideRequest(request.id(), Decision.APPROVE, "ok");
    }
    wired.dcvPolicy(DcvPolicy.instant());

    DcvCheck done = new DomainValidation(wired).check(holder, id, Optional.empty());

    Order issued = holder.findOrder(id);
    assertThat(issued.status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(done.orderStatus()).isEqualTo(OrderStatus.ISSUED);
    assertThat(done.certificateId()).contains(issued.certificate().orElseThrow().id());
  }

  // ------------------------------------------------------------------ helpers

  private static OrderSpec spec(OrderStatus status) {
    return OrderSpec.status(status)
        .commonName(CN)
        .dnsNames(List.of(CN, WWW))
        .dcvMethod(DcvMethod.DNS_TXT_TOKEN);
  }

  private OrderId given(OrderStatus status) {
    return new OrderFactory(state).create(1, spec(status)).id();
  }

  /** Asks for a reissue of the order for these names, with a CSR for them. */
  private void reissue(OrderId id, List<String> names) {
    session.reissueOrder(
        id,
        CertificateDetails.builder()
            .commonName(CN)
            .dnsNames(names)
            .csr(Csrs.pem(Csrs.ec("secp256r1"), CN, names))
            .build());
  }

  /** Approves the order's open requests, as a reviewer would. */
  private void approve(OrderId id) {
    for (Request request : account.requestsOf(id)) {
      if (request.status().isOpen()) {
        session.decideRequest(request.id(), Decision.APPROVE, "ok");
      }
    }
  }

  /** Reads the order as any call would, which lets due DCV pass. */
  private Order read(OrderId id) {
    return account.order(id).orElseThrow();
  }

  private DcvBook book() {
    return account.table(DcvBook.TABLE);
  }

  private Request request(OrderId id, RequestType type, RequestStatus status, Instant processed) {
    Request.Builder request =
        Request.builder(new RequestId(state.requestIds().next()), T0)
            .type(type)
            .status(status)
            .orderId(id);
    return status.isOpen() ? request.build() : request.dateProcessed(processed).build();
  }

  private void store(Request request) {
    account.write(() -> account.put(request));
  }
}
