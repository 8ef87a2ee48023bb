package dev.certcentral.core.service;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.port.out.CertCentral;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A CertCentral that records calls and answers from a script, for the service tests. */
final class ScriptedCertCentral implements CertCentral {

  final List<String> calls = new ArrayList<>();
  final Deque<Request> requestAnswers = new ArrayDeque<>();
  Order order;
  OrderPage page;
  OrderValidation validation;
  RevokeOutcome revokeOutcome;

  @Override
  public Order getOrder(OrderId orderId) {
    calls.add("getOrder " + orderId);
    return order;
  }

  @Override
  public OrderPage listOrders(OrderQuery query) {
    calls.add("listOrders " + query.offset() + "/" + query.limit());
    return page;
  }

  @Override
  public void cancelOrder(OrderId orderId, String note) {
    calls.add("cancel " + orderId + " " + note);
  }

  @Override
  public RevokeOutcome revokeOrderCertificates(OrderId orderId, String comments, boolean skip) {
    calls.add("revoke " + orderId + " " + comments + " " + skip);
    return revokeOutcome;
  }

  @Override
  public OrderValidation getValidationStatus(OrderId orderId) {
    calls.add("validation " + orderId);
    return validation;
  }

  @Override
  public Request getRequest(RequestId requestId) {
    calls.add("getRequest " + requestId);
    return requestAnswers.size() > 1 ? requestAnswers.poll() : requestAnswers.peek();
  }

  @Override
  public List<Request> listRequests() {
    calls.add("listRequests");
    return List.copyOf(requestAnswers);
  }

  @Override
  public void decideRequest(RequestId requestId, Decision decision, String comment) {
    calls.add("decide " + requestId + " " + decision + " " + comment);
  }
}
