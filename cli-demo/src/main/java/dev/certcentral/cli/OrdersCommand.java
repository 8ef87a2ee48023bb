package dev.certcentral.cli;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code certcentral orders ...}: read, cancel and revoke certificate orders. */
@Command(
    name = "orders",
    mixinStandardHelpOptions = true,
    description = "Read, cancel and revoke certificate orders.")
final class OrdersCommand extends SessionCommand {

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one order.")
  int show(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Orders.class,
              description = "Order id.")
          OrderId id) {
    return withSession((client, printer) -> printer.order(client.getOrder(id)));
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List orders.")
  int list(
      @Option(names = "--status", description = "Only orders in this status, e.g. issued.")
          String status,
      @Option(names = "--limit", defaultValue = "100", description = "Page size (1-1000).")
          int limit,
      @Option(names = "--offset", defaultValue = "0", description = "Orders to skip.") int offset) {
    Optional<OrderStatus> filter = Optional.ofNullable(status).map(this::knownStatus);
    OrderQuery query = new OrderQuery(offset, limit, filter);
    return withSession((client, printer) -> printer.orders(client.listOrders(query)));
  }

  @Command(
      name = "validation",
      mixinStandardHelpOptions = true,
      description = "Show an order's organization and domain validation status.")
  int validation(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Orders.class,
              description = "Order id.")
          OrderId id) {
    return withSession((client, printer) -> printer.validation(client.getValidationStatus(id)));
  }

  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      description = "Cancel a pending or waiting_pickup order.")
  int cancel(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Orders.class,
              description = "Order id.")
          OrderId id,
      @Option(names = "--note", required = true, description = "Why (required by DigiCert).")
          String note) {
    CancelOrderCommand command = new CancelOrderCommand(id, note);
    return withSession(
        (client, printer) -> {
          client.cancelOrder(command);
          printer.done(
              "order " + id + " canceled", Map.of("order_id", id.value(), "status", "canceled"));
        });
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = {
        "Ask for all certificates of an issued order to be revoked.",
        "This creates a revoke request that an administrator must approve; the order stays"
            + " issued until then."
      })
  int revoke(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Orders.class,
              description = "Order id.")
          OrderId id,
      @Option(names = "--comments", required = true, description = "Why the certificates go.")
          String comments,
      @Option(
              names = "--skip-approval",
              description = "Revoke at once without a request (administrator keys only).")
          boolean skipApproval,
      @Option(
              names = "--wait",
              converter = DurationConverter.class,
              description = "Wait this long (30s, 5m, PT1M) for the request to be decided.")
          Duration wait) {
    RevokeOrderCertificatesCommand command =
        new RevokeOrderCertificatesCommand(id, comments, skipApproval);
    PrintWriter err = spec.commandLine().getErr();
    return withSession(
        (client, printer) -> {
          RevokeOutcome outcome = client.revokeOrderCertificates(command);
          if (outcome instanceof RevokeOutcome.RequestCreated created) {
            Request request = created.request();
            if (wait == null) {
              printer.request(request);
              return;
            }
            err.println("revoke request " + request.id() + " is pending; waiting up to " + wait);
            err.flush();
            Duration first =
                wait.compareTo(Duration.ofSeconds(2)) < 0 ? wait : Duration.ofSeconds(2);
            Duration max =
                wait.compareTo(Duration.ofSeconds(30)) < 0 ? wait : Duration.ofSeconds(30);
            printer.request(
                client.awaitDecision(new AwaitDecisionCommand(request.id(), wait, first, max)));
          } else {
            printer.done(
                "order " + id + " revoked at once (skip_approval)",
                Map.of("order_id", id.value(), "status", "revoked"));
          }
        });
  }

  private OrderStatus knownStatus(String raw) {
    OrderStatus status = OrderStatus.fromValue(raw);
    if (status == OrderStatus.UNKNOWN) {
      throw new ParameterException(spec.commandLine(), "unknown order status: " + raw);
    }
    return status;
  }
}
