package dev.certcentral.core.service;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
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
import java.time.Clock;
import java.util.List;

/**
 * All use cases over one {@link CertCentral}: what an application wires once and injects.
 *
 * <p>Open for extension so an adapter's entry point (the HTTP client) can be these use cases
 * without forwarding each one; the use cases themselves are final.
 */
public class CertCentralService implements CertCentralUseCases {

  private final OrderService orders;
  private final RequestService requests;
  private final AwaitDecisionService awaiting;
  private final IssuanceService issuance;
  private final AwaitIssuanceService awaitingIssuance;
  private final CertificateService certificates;

  /**
   * Wires the services.
   *
   * @param certCentral the CertCentral to talk to (HTTP adapter or fake)
   * @param clock the clock for waits
   * @param sleeper how waits pause
   */
  public CertCentralService(CertCentral certCentral, Clock clock, Sleeper sleeper) {
    this.orders = new OrderService(certCentral, certCentral);
    this.requests = new RequestService(certCentral);
    this.awaiting = new AwaitDecisionService(certCentral, clock, sleeper);
    this.issuance = new IssuanceService(certCentral, certCentral, certCentral);
    this.awaitingIssuance = new AwaitIssuanceService(certCentral, clock, sleeper);
    this.certificates = new CertificateService(certCentral);
  }

  /** Wires the services with the system clock and real sleeps. */
  public static CertCentralService over(CertCentral certCentral) {
    return new CertCentralService(certCentral, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  @Override
  public final void cancelOrder(CancelOrderCommand command) {
    orders.cancelOrder(command);
  }

  @Override
  public final RevokeOutcome revokeOrderCertificates(RevokeOrderCertificatesCommand command) {
    return orders.revokeOrderCertificates(command);
  }

  @Override
  public final Order getOrder(OrderId orderId) {
    return orders.getOrder(orderId);
  }

  @Override
  public final OrderPage listOrders(OrderQuery query) {
    return orders.listOrders(query);
  }

  @Override
  public final OrderValidation getValidationStatus(OrderId orderId) {
    return orders.getValidationStatus(orderId);
  }

  @Override
  public final Request getRequest(RequestId requestId) {
    return requests.getRequest(requestId);
  }

  @Override
  public final List<Request> listRequests() {
    return requests.listRequests();
  }

  @Override
  public final void decideRequest(DecideRequestCommand command) {
    requests.decideRequest(command);
  }

  @Override
  public final Request awaitDecision(AwaitDecisionCommand command) {
    return awaiting.awaitDecision(command);
  }

  @Override
  public final SubmittedOrder placeOrder(PlaceOrderCommand command) {
    return issuance.placeOrder(command);
  }

  @Override
  public final DcvCheck checkDcv(CheckDcvCommand command) {
    return issuance.checkDcv(command);
  }

  @Override
  public final SubmittedOrder reissueOrder(ReissueOrderCommand command) {
    return issuance.reissueOrder(command);
  }

  @Override
  public final Order awaitIssuance(AwaitIssuanceCommand command) {
    return awaitingIssuance.awaitIssuance(command);
  }

  @Override
  public final CertificateDownload downloadCertificate(DownloadCertificateCommand command) {
    return certificates.downloadCertificate(command);
  }
}
