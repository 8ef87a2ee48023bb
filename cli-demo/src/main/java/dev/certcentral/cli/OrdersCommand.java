package dev.certcentral.cli;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderQuery;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.PollSchedule;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.port.in.AwaitDecisionCommand;
import dev.certcentral.core.port.in.AwaitIssuanceCommand;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.CheckDcvCommand;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.core.port.in.ReissueOrderCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code certcentral orders ...}: place, validate, wait for, reissue, read, cancel and revoke
 * certificate orders.
 */
@Command(
    name = "orders",
    mixinStandardHelpOptions = true,
    description = "Place, validate, wait for, reissue, read, cancel and revoke certificate orders.")
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

  @Command(
      name = "place",
      mixinStandardHelpOptions = true,
      description = {
        "Place a certificate order.",
        "Without --skip-approval it waits in needs_approval on a new_request request."
      })
  int place(
      @Option(
              names = "--product",
              defaultValue = "ssl_basic",
              description = "Product name id (default ${DEFAULT-VALUE}), e.g. ssl_ev_basic.")
          String product,
      @Option(names = "--common-name", required = true, description = "The name to secure.")
          String commonName,
      @Option(
              names = "--dns-name",
              paramLabel = "NAME",
              description = "Another name to secure (repeatable).")
          List<String> dnsNames,
      @Option(names = "--csr", paramLabel = "FILE", description = "A PEM CSR file.") Path csr,
      @Option(
              names = "--generate-key",
              paramLabel = "KEY_FILE",
              description = {
                "Instead of --csr: make a new EC P-256 key, write it to this new file (owner-only;",
                "never overwritten, never printed) and send a CSR for it."
              })
          Path keyFile,
      @Option(
              names = "--organization-id",
              description = "The organization's id (OV and EV products need one).")
          Long organizationId,
      @Option(
              names = "--validity-years",
              defaultValue = "1",
              description = "Order validity, 1-3 years (default ${DEFAULT-VALUE}).")
          int years,
      @Option(names = "--dcv-method", description = "email (default), dns-txt-token or http-token.")
          String dcvMethod,
      @Option(names = "--comments", description = "Comments for the approver.") String comments,
      @Option(
              names = "--skip-approval",
              description = "Approve the request at once (administrator keys only).")
          boolean skipApproval) {
    CsrSource source = CsrSource.of(spec, csr, keyFile);
    return withSession(
        (client, printer) -> {
          NewOrder.Builder order =
              NewOrder.builder()
                  .productNameId(product)
                  .certificate(
                      CertificateDetails.builder()
                          .commonName(commonName)
                          .dnsNames(dnsNames == null ? List.of() : dnsNames)
                          .csr(source.csr(commonName, spec.commandLine().getErr()))
                          .build())
                  .orderValidity(OrderValidity.ofYears(years))
                  .comments(comments)
                  .skipApproval(skipApproval)
                  .dcvMethod(dcvMethod);
          if (organizationId != null) {
            order.organizationId(organizationId);
          }
          printer.submitted(client.placeOrder(new PlaceOrderCommand(order.build())));
        });
  }

  @Command(
      name = "check-dcv",
      mixinStandardHelpOptions = true,
      description = "Check the domain control validation of an order's pending names now.")
  int checkDcv(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Orders.class,
              description = "Order id.")
          OrderId id) {
    return withSession(
        (client, printer) -> printer.dcvCheck(client.checkDcv(new CheckDcvCommand(id))));
  }

  @Command(
      name = "reissue",
      mixinStandardHelpOptions = true,
      description = {
        "Reissue an issued order's certificate with a new CSR and, optionally, other names.",
        "The order goes reissue_pending with a reissue request to approve."
      })
  int reissue(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Orders.class,
              description = "Order id.")
          OrderId id,
      @Option(names = "--csr", paramLabel = "FILE", description = "A PEM CSR file.") Path csr,
      @Option(
              names = "--generate-key",
              paramLabel = "KEY_FILE",
              description = {
                "Instead of --csr: make a new EC P-256 key for the order's common name, write it",
                "to this new file (owner-only; never overwritten, never printed)."
              })
          Path keyFile,
      @Option(
              names = "--dns-name",
              paramLabel = "NAME",
              description = "The names to secure from now on (repeatable); default: the order's.")
          List<String> dnsNames) {
    CsrSource source = CsrSource.of(spec, csr, keyFile);
    return withSession(
        (client, printer) -> {
          String commonName = client.getOrder(id).commonName();
          CertificateDetails details =
              CertificateDetails.builder()
                  .dnsNames(dnsNames == null ? List.of() : dnsNames)
                  .csr(source.csr(commonName, spec.commandLine().getErr()))
                  .build();
          printer.submitted(client.reissueOrder(new ReissueOrderCommand(id, details)));
        });
  }

  @Command(
      name = "await",
      mixinStandardHelpOptions = true,
      description = {
        "Wait until an order is issued (or, with --replacing, until a reissue's certificate is).",
        "Polls with backoff from 2 s up to 30 s; exits 9 when the time runs out."
      })
  int await(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Orders.class,
              description = "Order id.")
          OrderId id,
      @Option(
              names = "--timeout",
              defaultValue = "10m",
              converter = DurationConverter.class,
              description = "How long to wait (default ${DEFAULT-VALUE}; 30s, 5m, PT1H).")
          Duration timeout,
      @Option(
              names = "--replacing",
              paramLabel = "CERTIFICATE_ID",
              converter = IdConverters.Certificates.class,
              description = "The certificate a reissue replaces.")
          CertificateId replacing) {
    AwaitIssuanceCommand command =
        new AwaitIssuanceCommand(id, Optional.ofNullable(replacing), PollSchedule.of(timeout));
    return withSession((client, printer) -> printer.order(client.awaitIssuance(command)));
  }

  private OrderStatus knownStatus(String raw) {
    OrderStatus status = OrderStatus.fromValue(raw);
    if (status == OrderStatus.UNKNOWN) {
      throw new ParameterException(spec.commandLine(), "unknown order status: " + raw);
    }
    return status;
  }
}
