package dev.certcentral.http;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.port.out.CertCentral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Core's outbound ports over CertCentral's HTTP API. Every failure is a {@link
 * CertCentralException}: refusals by status and DigiCert code, unreadable answers as {@link
 * dev.certcentral.core.domain.error.UnexpectedResponseException}, network trouble as {@link
 * dev.certcentral.core.domain.error.TransportException}.
 *
 * <p>Reads are retried after any transient failure. Writes are retried only after 429, 503 or a
 * refused connection: after a timeout or a broken connection a write fails at once with a {@code
 * TransportException}, because repeating a revoke could create a second request. A 503 may come
 * after CertCentral acted, so a write resent after one that then fails raises {@link
 * dev.certcentral.core.domain.error.OutcomeUnknownException} rather than the last attempt's
 * refusal. In both cases, check the state before sending it again.
 */
public final class HttpCertCentral implements CertCentral {

  /**
   * The cancel status sent. Older pages (seed 003) spell it {@code CANCELED}, the current page
   * {@code canceled}; the real API accepts the current spelling, so that is what is sent.
   */
  static final String CANCELED = "canceled";

  private final CertCentralApi api;
  private final CallExecutor executor;
  private final JsonDecoder decoder;

  HttpCertCentral(CertCentralApi api, CallExecutor executor, JsonDecoder decoder) {
    this.api = api;
    this.executor = executor;
    this.decoder = decoder;
  }

  @Override
  public Order getOrder(OrderId orderId) {
    RawAnswer answer =
        executor.execute(
            "GET /order/certificate/" + orderId,
            () -> api.getOrder(orderId.value()),
            Idempotency.SAFE);
    return decode(answer, Wire.OrderDto.class, DomainMapping::order);
  }

  @Override
  public OrderPage listOrders(OrderQuery query) {
    String status = query.status().map(s -> s.value()).orElse(null);
    RawAnswer answer =
        executor.execute(
            "GET /order/certificate",
            () -> api.listOrders(query.offset(), query.limit(), status),
            Idempotency.SAFE);
    return decode(
        answer,
        Wire.OrderListDto.class,
        dto -> DomainMapping.orderPage(dto, query.limit(), query.offset()));
  }

  @Override
  public void cancelOrder(OrderId orderId, String note) {
    changeState(
        "PUT /order/certificate/" + orderId + "/status",
        () -> api.updateOrderStatus(orderId.value(), new Wire.CancelBody(CANCELED, note)),
        hasText(note));
  }

  @Override
  public RevokeOutcome revokeOrderCertificates(
      OrderId orderId, String comments, boolean skipApproval) {
    Wire.RevokeBody body = new Wire.RevokeBody(comments, skipApproval ? Boolean.TRUE : null);
    RawAnswer answer =
        changeState(
            "PUT /order/certificate/" + orderId + "/revoke",
            () -> api.revokeOrderCertificates(orderId.value(), body),
            hasText(comments));
    if (answer.status() == 204 || (skipApproval && answer.isBlank())) {
      return new RevokeOutcome.RevokedImmediately(orderId);
    }
    Request request =
        decode(
            answer, Wire.RequestDto.class, dto -> DomainMapping.request(dto, Optional.of(orderId)));
    return new RevokeOutcome.RequestCreated(orderId, request);
  }

  @Override
  public OrderValidation getValidationStatus(OrderId orderId) {
    RawAnswer answer =
        executor.execute(
            "GET /order/certificate/" + orderId + "/validation",
            () -> api.getValidationStatus(orderId.value()),
            Idempotency.SAFE);
    return decode(answer, Wire.ValidationDto.class, DomainMapping::validation);
  }

  @Override
  public Request getRequest(RequestId requestId) {
    RawAnswer answer =
        executor.execute(
            "GET /request/" + requestId, () -> api.getRequest(requestId.value()), Idempotency.SAFE);
    return decode(
        answer, Wire.RequestDto.class, dto -> DomainMapping.request(dto, Optional.empty()));
  }

  @Override
  public List<Request> listRequests() {
    RawAnswer answer = executor.execute("GET /request", api::listRequests, Idempotency.SAFE);
    return decode(
        answer,
        Wire.RequestListDto.class,
        dto -> {
          List<Request> requests = new ArrayList<>();
          if (dto.requests() != null) {
            for (Wire.RequestDto request : dto.requests()) {
              requests.add(DomainMapping.request(request, Optional.empty()));
            }
          }
          return requests;
        });
  }

  @Override
  public void decideRequest(RequestId requestId, Decision decision, String processorComment) {
    String comment =
        processorComment == null || processorComment.isBlank() ? null : processorComment;
    changeState(
        "PUT /request/" + requestId + "/status",
        () ->
            api.decideRequest(requestId.value(), new Wire.DecisionBody(decision.value(), comment)),
        true);
  }

  /**
   * Runs a state change; a refusal that is the state's, not the request's, becomes a {@link
   * dev.certcentral.core.domain.error.RuleViolationException} (see {@link RefusedStateChange}).
   *
   * @param complete whether the request holds everything the operation's page requires
   */
  private RawAnswer changeState(String name, Supplier<Call<ResponseBody>> call, boolean complete) {
    try {
      return executor.execute(name, call, Idempotency.UNSAFE);
    } catch (CertCentralException e) {
      throw RefusedStateChange.classify(e, complete);
    }
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }

  private <T, R> R decode(RawAnswer answer, Class<T> type, Function<T, R> mapping) {
    T dto = decoder.decode(answer, type);
    try {
      return mapping.apply(dto);
    } catch (RuntimeException e) {
      // Missing ids, bad timestamps, impossible values: the answer, not the caller, is wrong.
      throw decoder.unexpected(
          answer, "unreadable " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
