package dev.certcentral.core.service;

import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.port.in.CheckDcvCommand;
import dev.certcentral.core.port.in.CheckDcvUseCase;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.core.port.in.PlaceOrderUseCase;
import dev.certcentral.core.port.in.ReissueOrderCommand;
import dev.certcentral.core.port.in.ReissueOrderUseCase;
import dev.certcentral.core.port.out.DcvPort;
import dev.certcentral.core.port.out.OrderPlacementPort;
import dev.certcentral.core.port.out.ReissuePort;
import java.util.Objects;

/**
 * The use cases that lead to a certificate: place an order, check its DCV, reissue it. As with
 * {@link OrderService}, the rules are enforced where the state lives; commands validate themselves.
 */
public final class IssuanceService
    implements PlaceOrderUseCase, CheckDcvUseCase, ReissueOrderUseCase {

  private final OrderPlacementPort placement;
  private final DcvPort dcv;
  private final ReissuePort reissue;

  /** Creates the service over the ports. */
  public IssuanceService(OrderPlacementPort placement, DcvPort dcv, ReissuePort reissue) {
    this.placement = Objects.requireNonNull(placement, "placement");
    this.dcv = Objects.requireNonNull(dcv, "dcv");
    this.reissue = Objects.requireNonNull(reissue, "reissue");
  }

  @Override
  public SubmittedOrder placeOrder(PlaceOrderCommand command) {
    return placement.placeOrder(command.newOrder());
  }

  @Override
  public DcvCheck checkDcv(CheckDcvCommand command) {
    return dcv.checkDcv(command.orderId());
  }

  @Override
  public SubmittedOrder reissueOrder(ReissueOrderCommand command) {
    return reissue.reissueOrder(command.orderId(), command.certificate());
  }
}
