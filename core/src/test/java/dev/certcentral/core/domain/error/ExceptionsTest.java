package dev.certcentral.core.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  @Test
  void carriesStatusAndCodesAndShowsThemInToString() {
    CertCentralException e =
        new NotFoundException(
            "order 5 not found",
            404,
            List.of(new DigiCertError(ErrorCodes.ORDER_NOT_FOUND, "Order not found")),
            null);

    assertThat(e.httpStatus()).hasValue(404);
    assertThat(e.hasErrorCode(ErrorCodes.ORDER_NOT_FOUND)).isTrue();
    assertThat(e.hasErrorCode(ErrorCodes.ROUTE_NOT_FOUND)).isFalse();
    assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.ORDER_NOT_FOUND);
    assertThat(e.errors())
        .containsExactly(new DigiCertError(ErrorCodes.ORDER_NOT_FOUND, "Order not found"));
    assertThat(e)
        .hasToString(
            "NotFoundException{status=404, codes=[not_found|order], message=order 5 not found}");
  }

  @Test
  void localRuleViolationsHaveNoStatusAndTheInvalidStatusCode() {
    RuleViolationException e = new RuleViolationException("nope");

    assertThat(e.httpStatus()).isEmpty();
    assertThat(e.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_STATUS);
    assertThat(e.toString()).contains("status=none");
  }

  @Test
  void everyCategoryIsACertCentralException() {
    List<CertCentralException> all =
        List.of(
            new AccessDeniedException("a", 403, List.of(), null),
            new RateLimitedException("r", 429, List.of(), null),
            new ServiceUnavailableException("s", 503, List.of(), null),
            new TransportException("t", 0, List.of(), null),
            new UnexpectedResponseException("u", 200, "<html>", null),
            new WaitInterruptedException(new InterruptedException()),
            new CertCentralException("plain", new DigiCertError("c", "m")));

    assertThat(all).allSatisfy(e -> assertThat(e.getMessage()).isNotBlank());
    assertThat(all.get(0).primaryErrorCode()).isEmpty();
  }

  @Test
  void eachTypeNamesItsOwnCategory() {
    Request pending = Request.builder(new RequestId(3), Instant.EPOCH).build();
    assertThat(new AccessDeniedException("a", 403, List.of(), null).category())
        .isEqualTo(ErrorCategory.ACCESS_DENIED);
    assertThat(new NotFoundException("n", 404, List.of(), null).category())
        .isEqualTo(ErrorCategory.NOT_FOUND);
    assertThat(InvalidRequestException.missingParameter("x").category())
        .isEqualTo(ErrorCategory.INVALID_REQUEST);
    assertThat(new RuleViolationException("r").category()).isEqualTo(ErrorCategory.RULE_VIOLATION);
    assertThat(
            new OrderNotCancelableException(new dev.certcentral.core.domain.OrderId(1), "issued")
                .category())
        .isEqualTo(ErrorCategory.RULE_VIOLATION);
    assertThat(new RateLimitedException("r", 429, List.of(), null).category())
        .isEqualTo(ErrorCategory.RATE_LIMITED);
    assertThat(new ServiceUnavailableException("s", 503, List.of(), null).category())
        .isEqualTo(ErrorCategory.SERVICE_UNAVAILABLE);
    assertThat(new TransportException("t", 0, List.of(), null).category())
        .isEqualTo(ErrorCategory.TRANSPORT);
    assertThat(new UnexpectedResponseException("u", 200, "x", null).category())
        .isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE);
    assertThat(new DecisionTimeoutException(pending, Duration.ofSeconds(1)).category())
        .isEqualTo(ErrorCategory.WAIT_TIMED_OUT);
    assertThat(new WaitInterruptedException(new InterruptedException()).category())
        .isEqualTo(ErrorCategory.INTERRUPTED);
    assertThat(new CertCentralException("plain", new DigiCertError("c", "m")).category())
        .isEqualTo(ErrorCategory.OTHER);
  }

  @Test
  void lifecycleRefusalsAreTypedWithTheirCodes() {
    CsrInvalidException csr =
        new CsrInvalidException(ErrorCodes.CSR_INVALID_KEY_SIZE, "RSA 1024 is too small");
    assertThat(csr.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
    assertThat(csr.primaryErrorCode()).isEqualTo("csr_invalid_key_size");
    assertThat(csr.errors().get(0).message()).isEqualTo("RSA 1024 is too small");
    assertThat(csr.getCause()).isNull();
    CsrInvalidException read =
        new CsrInvalidException(
            "refused", 400, List.of(new DigiCertError("csr_invalid_cannot_parse", "x")), null);
    assertThat(read.httpStatus()).hasValue(400);
    DcvCheckFailedException dcv =
        new DcvCheckFailedException(
            "missing", 400, List.of(new DigiCertError(ErrorCodes.INVALID_DNS_TXT, "x")), null);
    assertThat(dcv.pendingNames()).isEmpty();
    assertThat(dcv.category()).isEqualTo(ErrorCategory.RULE_VIOLATION);

    dev.certcentral.core.domain.OrderId order = new dev.certcentral.core.domain.OrderId(8);
    OrderStatusException refused = new OrderNotReissuableException(order, "revoked", "gone");
    assertThat(refused.orderId()).isEqualTo(order);
    assertThat(refused.currentStatus()).isEqualTo("revoked");
    assertThat(refused.category()).isEqualTo(ErrorCategory.RULE_VIOLATION);
    assertThat(refused.primaryErrorCode()).isEqualTo(ErrorCodes.INVALID_STATUS);

    dev.certcentral.core.domain.Order canceled =
        dev.certcentral.core.domain.Order.builder(order).status("canceled").build();
    OrderNotIssuedException ended = new OrderNotIssuedException(canceled, "it is canceled");
    assertThat(ended.lastSeen()).isEqualTo(canceled);
    assertThat(ended.errors()).isEmpty();
    assertThat(ended.category()).isEqualTo(ErrorCategory.RULE_VIOLATION);
  }

  @Test
  void unreadableContentKeepsTheExcerptWithoutAStatus() {
    UnexpectedResponseException e =
        new UnexpectedResponseException("no certificate", "<html>", null);

    assertThat(e.httpStatus()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("no certificate (content: <html>)");
  }

  @Test
  void anUnknownOutcomeCarriesTheLastFailureItsStatusAndCodes() {
    RuleViolationException refused =
        new RuleViolationException(
            "refused", 400, List.of(new DigiCertError(ErrorCodes.INVALID_STATUS, "exists")), null);
    TransportException unreachable = new TransportException("t", 0, List.of(), null);

    OutcomeUnknownException afterRefusal = new OutcomeUnknownException("may be applied", refused);
    OutcomeUnknownException afterTimeout =
        new OutcomeUnknownException("may be applied", unreachable);

    assertThat(afterRefusal.category()).isEqualTo(ErrorCategory.OUTCOME_UNKNOWN);
    assertThat(afterRefusal.lastFailure()).isSameAs(refused).isSameAs(afterRefusal.getCause());
    assertThat(afterRefusal.httpStatus()).hasValue(400);
    assertThat(afterRefusal.errors()).isEqualTo(refused.errors());
    assertThat(afterRefusal).hasMessage("may be applied");
    assertThat(afterTimeout.httpStatus()).isEmpty();
  }

  @Test
  void unexpectedResponseKeepsTheExcerpt() {
    UnexpectedResponseException e =
        new UnexpectedResponseException("expected JSON", 502, "<html>Bad gateway", null);

    assertThat(e.bodyExcerpt()).isEqualTo("<html>Bad gateway");
    assertThat(e.getMessage()).contains("HTTP 502").contains("<html>Bad gateway");
  }

  @Test
  void invalidParametersNameTheField() {
    assertThat(InvalidRequestException.missingParameter("note").primaryErrorCode())
        .isEqualTo(ErrorCodes.MISSING_PARAM);
    assertThat(InvalidRequestException.invalidParameter("limit", "too big"))
        .hasMessageContaining("limit")
        .hasMessageContaining("too big");
  }

  @Test
  void decisionTimeoutKeepsTheLastSeenRequest() {
    Request pending = Request.builder(new RequestId(3), Instant.EPOCH).build();

    DecisionTimeoutException e = new DecisionTimeoutException(pending, Duration.ofMinutes(1));

    assertThat(e.lastSeen()).isSameAs(pending);
    assertThat(e).hasMessageContaining("request 3 is still pending after PT1M");
  }
}
