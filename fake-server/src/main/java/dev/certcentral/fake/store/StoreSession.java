package dev.certcentral.fake.store;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderCancellation;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestDecision;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.AccessDeniedException;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.port.out.CertCentral;
import java.util.ArrayList;
import java.util.List;

/**
 * The store seen through one API key: what the key's account holds, changed only by core's rules,
 * with the key's role checked first.
 */
final class StoreSession implements CertCentral {

  private final CertCentralStore store;
  private final Account account;
  private final ApiKey key;

  StoreSession(CertCentralStore store, Account account, ApiKey key) {
    this.store = store;
    this.account = account;
    this.key = key;
  }

  @Override
  public Order getOrder(OrderId orderId) {
    return find(orderId);
  }

  @Override
  public OrderPage listOrders(OrderQuery query) {
    List<Order> page = new ArrayList<>(Math.min(query.limit(), 64));
    int total = 0;
    for (Order order : account.orders()) {
      if (query.status().isPresent() && query.status().get() != order.status()) {
        continue;
      }
      if (total >= query.offset() && page.size() < query.limit()) {
        page.add(order);
      }
      total++;
    }
    return new OrderPage(page, total, query.limit(), query.offset());
  }

  @Override
  public void cancelOrder(OrderId orderId, String note) {
    requireWrite();
    synchronized (account.lock) {
      Order order = find(orderId);
      OrderCancellation result =
          order.cancel(note, account.requestsOf(orderId), key.user(), store.clock());
      account.put(result.order());
      result.rejectedReissue().ifPresent(account::put);
    }
  }

  @Override
  public RevokeOutcome revokeOrderCertificates(
      OrderId orderId, String comments, boolean skipApproval) {
    requireWrite();
    if (skipApproval) {
      requireAdministrator("skip_approval");
    }
    synchronized (account.lock) {
      Order order = find(orderId);
      List<Request> requestsOfOrder = account.requestsOf(orderId);
      if (skipApproval) {
        account.put(order.revokeWithoutApproval(comments, requestsOfOrder));
        return new RevokeOutcome.RevokedImmediately(orderId);
      }
      Request request =
          store.withNextRequestId(
              id ->
                  order.requestRevocation(
                      id, comments, key.user(), requestsOfOrder, store.clock()));
      account.put(request);
      return new RevokeOutcome.RequestCreated(orderId, request);
    }
  }

  @Override
  public OrderValidation getValidationStatus(OrderId orderId) {
    Order order = find(orderId);
    Account.Validations validations = account.validations(orderId);
    return new OrderValidation(
        orderId,
        order.status(),
        order.organization().map(org -> Long.toString(org.id())).orElse(""),
        order.organization().map(org -> org.name()).orElse(""),
        validations.organizationValidations(),
        validations.dnsNameValidations());
  }

  @Override
  public Request getRequest(RequestId requestId) {
    return withOrder(findRequest(requestId));
  }

  @Override
  public List<Request> listRequests() {
    List<Request> all = new ArrayList<>();
    for (Request request : account.requests()) {
      all.add(withOrder(request));
    }
    return all;
  }

  @Override
  public void decideRequest(RequestId requestId, Decision decision, String processorComment) {
    requireWrite();
    requireAdministrator("deciding requests");
    synchronized (account.lock) {
      Request request = findRequest(requestId);
      Order order = find(request.orderId().orElseThrow());
      RequestDecision result =
          request.decide(decision, key.user(), processorComment, order, store.clock());
      account.put(result.order());
      account.put(result.request());
    }
  }

  private Request withOrder(Request request) {
    return request.orderId().flatMap(account::order).map(request::withOrder).orElse(request);
  }

  private Order find(OrderId orderId) {
    return account
        .order(orderId)
        .orElseThrow(() -> notFound(ErrorCodes.ORDER_NOT_FOUND, "order " + orderId + " not found"));
  }

  private Request findRequest(RequestId requestId) {
    return account
        .request(requestId)
        .orElseThrow(
            () -> notFound(ErrorCodes.REQUEST_NOT_FOUND, "request " + requestId + " not found"));
  }

  private void requireWrite() {
    if (key.role() == KeyRole.VIEW_ONLY) {
      throw denied("a view-only key may only read");
    }
  }

  private void requireAdministrator(String what) {
    if (key.role() != KeyRole.ADMINISTRATOR) {
      throw denied(what + " needs an administrator's key");
    }
  }

  private static NotFoundException notFound(String code, String message) {
    return new NotFoundException(message, 0, List.of(new DigiCertError(code, message)), null);
  }

  private static AccessDeniedException denied(String message) {
    return new AccessDeniedException(
        message, 0, List.of(new DigiCertError(ErrorCodes.MISSING_PERMISSION, message)), null);
  }
}
