package dev.certcentral.http;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.OutcomeUnknownException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import dev.certcentral.core.port.out.CertCentral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Core's outbound ports over CertCentral's HTTP API: {@link CertCentral}, a certificate's whole
 * life. Every failure is a {@link CertCentralException}: refusals by status and DigiCert code,
 * unreadable answers as {@link UnexpectedResponseException}, network trouble as {@link
 * dev.certcentral.core.domain.error.TransportException}.
 *
 * <p>Reads are retried after any transient failure. Writes (cancel, revoke, decide, place an order,
 * reissue) are retried only after 429, 503 or a refused connection: after a timeout or a broken
 * connection a write fails at once with a {@code TransportException}, because repeating a revoke
 * could create a second request and repeating a placement a second, paid, order. A 503 may come
 * after CertCentral acted, so a write resent after one that then fails raises {@link
 * OutcomeUnknownException} rather than the last attempt's refusal. In both cases, check the state
 * before sending it again.
 *
 * <p>A DCV check is resent like a read: DigiCert's page says checking "does not reset or restart"
 * anything, and a second check of a domain that passed finds it passed. But the first check may
 * have completed the order, and CertCentral refuses a check of an order no longer waiting for DCV,
 * so a resend that then fails raises {@link OutcomeUnknownException} too: look at the order.
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
  public SubmittedOrder placeOrder(NewOrder newOrder) {
    String product = newOrder.productNameId();
    Wire.NewOrderBody body = WireBodies.newOrder(newOrder);
    RawAnswer answer =
        write(
            "POST /order/certificate/" + product,
            () -> api.placeOrder(product, body),
            Idempotency.UNSAFE,
            failure -> DocumentedRefusal.csr(failure).orElse(failure));
    return decode(answer, Wire.SubmittedOrderDto.class, IssuanceMapping::submittedOrder);
  }

  @Override
  public DcvCheck checkDcv(OrderId orderId) {
    RawAnswer answer =
        write(
            "PUT /order/certificate/" + orderId + "/check-dcv",
            () -> api.checkDcv(orderId.value()),
            Idempotency.IDEMPOTENT,
            failure ->
                DocumentedRefusal.dcvCheck(failure)
                    .orElseGet(() -> RefusedStateChange.classify(failure, true)));
    return decode(answer, Wire.DcvCheckDto.class, IssuanceMapping::dcvCheck);
  }

  @Override
  public SubmittedOrder reissueOrder(OrderId orderId, CertificateDetails certificate) {
    Wire.ReissueBody body = WireBodies.reissue(certificate);
    RawAnswer answer =
        write(
            "POST /order/certificate/" + orderId + "/reissue",
            () -> api.reissueOrder(orderId.value(), body),
            Idempotency.UNSAFE,
            // A reissue always holds a CSR, so a refusal that is no input error is the order's.
            failure ->
                DocumentedRefusal.csr(failure)
                    .orElseGet(() -> RefusedStateChange.classify(failure, true)));
    return decode(answer, Wire.SubmittedOrderDto.class, IssuanceMapping::submittedOrder);
  }

  @Override
  public CertificateDownload downloadCertificate(
      CertificateId certificateId, CertificateFormat format) {
    return download(
        "GET /certificate/" + certificateId + "/download/format/" + format.value(),
        () -> api.downloadCertificate(certificateId.value(), format.value()),
        format);
  }

  @Override
  public CertificateDownload downloadCertificate(OrderId orderId, CertificateFormat format) {
    return download(
        "GET /certificate/download/order/" + orderId + "/format/" + format.value(),
        () -> api.downloadOrderCertificate(orderId.value(), format.value()),
        format);
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
    return write(
        name, call, Idempotency.UNSAFE, failure -> RefusedStateChange.classify(failure, complete));
  }

  /**
   * Runs a write and reads its refusal with {@code refusal}. When an earlier attempt may have been
   * applied the outcome stays unknown, and only the last attempt's failure is read.
   */
  private RawAnswer write(
      String name,
      Supplier<Call<ResponseBody>> call,
      Idempotency idempotency,
      UnaryOperator<CertCentralException> refusal) {
    try {
      return executor.execute(name, call, idempotency);
    } catch (OutcomeUnknownException unknown) {
      throw new OutcomeUnknownException(unknown.getMessage(), refusal.apply(unknown.lastFailure()));
    } catch (CertCentralException e) {
      throw refusal.apply(e);
    }
  }

  /**
   * Downloads a certificate file and checks that it holds one: the bytes are kept as sent and never
   * decoded as JSON, and an answer that is no certificate (a proxy's HTML page with a 200, a
   * truncated PEM) is an {@link UnexpectedResponseException} with the status and an excerpt.
   */
  private CertificateDownload download(
      String name, Supplier<Call<ResponseBody>> call, CertificateFormat format) {
    if (format == CertificateFormat.UNKNOWN) {
      throw InvalidRequestException.invalidParameter("format", "must be a known format");
    }
    RawAnswer answer = executor.execute(name, call, Idempotency.SAFE);
    CertificateDownload download =
        CertificateDownload.of(
            format, answer.contentType().orElse(""), answer.body().toByteArray());
    try {
      download.certificates();
    } catch (RuntimeException e) {
      // Core reports an unreadable download as UnexpectedResponseException; the JDK's parsers can
      // fail in other ways on hostile bytes, and those are the answer's fault just the same.
      throw decoder.unexpected(answer, name + " answered no readable certificate", e);
    }
    return download;
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
