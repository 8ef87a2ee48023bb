package dev.certcentral.core.service;

import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.CancelOrderUseCase;
import dev.certcentral.core.port.in.GetOrderUseCase;
import dev.certcentral.core.port.in.GetValidationStatusUseCase;
import dev.certcentral.core.port.in.ListOrdersUseCase;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesUseCase;
import dev.certcentral.core.port.out.OrderPort;
import dev.certcentral.core.port.out.ValidationPort;
import java.util.Objects;

/**
 * The order use cases. The rules themselves are enforced where the state lives (the CertCentral
 * behind the port); this service checks commands and delegates, without a read-before-write that
 * would cost a call and still race.
 */
public final class OrderService
    implements CancelOrderUseCase,
        RevokeOrderCertificatesUseCase,
        GetOrderUseCase,
        ListOrdersUseCase,
        GetValidationStatusUseCase {

  private final OrderPort orders;
  private final ValidationPort validations;

  /** Creates the service over the ports. */
  public OrderService(OrderPort orders, ValidationPort validations) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.validations = Objects.requireNonNull(validations, "validations");
  }

  @Override
  public void cancelOrder(CancelOrderCommand command) {
    orders.cancelOrder(command.orderId(), command.note());
  }

  @Override
  public RevokeOutcome revokeOrderCertificates(RevokeOrderCertificatesCommand command) {
    return orders.revokeOrderCertificates(
        command.orderId(), command.comments(), command.skipApproval());
  }

  @Override
  public Order getOrder(OrderId orderId) {
    return orders.getOrder(Objects.requireNonNull(orderId, "orderId"));
  }

  @Override
  public OrderPage listOrders(OrderQuery query) {
    return orders.listOrders(Objects.requireNonNull(query, "query"));
  }

  @Override
  public OrderValidation getValidationStatus(OrderId orderId) {
    return validations.getValidationStatus(Objects.requireNonNull(orderId, "orderId"));
  }
}
