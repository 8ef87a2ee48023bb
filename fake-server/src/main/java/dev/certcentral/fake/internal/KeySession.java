package dev.certcentral.fake.internal;

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
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.internal.certificates.Certificates;
import dev.certcentral.fake.internal.dcv.DcvRoutes;
import dev.certcentral.fake.internal.orders.Orders;
import dev.certcentral.fake.internal.placement.Placement;
import dev.certcentral.fake.internal.reissue.Reissue;
import dev.certcentral.fake.internal.requests.Requests;
import dev.certcentral.fake.internal.state.Caller;
import java.util.List;

/**
 * Core's outbound ports over the fake's state, without HTTP, as one key sees them: each port method
 * is the resource's own behaviour, the same the routes call. The port contract's subject, and the
 * certificate life's.
 */
public final class KeySession implements CertCentral {

  private final Caller caller;
  private final Orders orders;
  private final Requests requests;

  /** The ports as this caller sees them. */
  public KeySession(Caller caller) {
    this.caller = caller;
    this.orders = new Orders(caller);
    this.requests = new Requests(caller);
  }

  @Override
  public SubmittedOrder placeOrder(NewOrder newOrder) {
    return new Placement(caller).place(newOrder);
  }

  @Override
  public DcvCheck checkDcv(OrderId orderId) {
    return DcvRoutes.check(caller, orderId);
  }

  @Override
  public SubmittedOrder reissueOrder(OrderId orderId, CertificateDetails certificate) {
    return new Reissue(caller).reissue(orderId, certificate, false);
  }

  @Override
  public CertificateDownload downloadCertificate(
      CertificateId certificateId, CertificateFormat format) {
    return new Certificates(caller).download(certificateId, format);
  }

  @Override
  public CertificateDownload downloadCertificate(OrderId orderId, CertificateFormat format) {
    return new Certificates(caller).download(orderId, format);
  }

  @Override
  public Order getOrder(OrderId orderId) {
    return orders.get(orderId);
  }

  @Override
  public OrderPage listOrders(OrderQuery query) {
    return orders.list(query);
  }

  @Override
  public void cancelOrder(OrderId orderId, String note) {
    orders.cancel(orderId, note);
  }

  @Override
  public RevokeOutcome revokeOrderCertificates(
      OrderId orderId, String comments, boolean skipApproval) {
    return requests.revoke(orderId, comments, skipApproval);
  }

  @Override
  public OrderValidation getValidationStatus(OrderId orderId) {
    return orders.validation(orderId);
  }

  @Override
  public Request getRequest(RequestId requestId) {
    return requests.get(requestId);
  }

  @Override
  public List<Request> listRequests() {
    return requests.list();
  }

  @Override
  public void decideRequest(RequestId requestId, Decision decision, String processorComment) {
    requests.decide(requestId, decision, processorComment);
  }
}
