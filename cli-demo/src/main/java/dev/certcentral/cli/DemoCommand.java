package dev.certcentral.cli;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.error.RuleViolationException;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import dev.certcentral.http.CertCentralClient;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code certcentral demo}: the whole lifecycle, step by step, against an embedded fake, so a
 * newcomer sees every rule at work without an account. It never touches a real CertCentral.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Walk through the order lifecycle against an embedded fake CertCentral.")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {

  private static final OrderId PENDING = new OrderId(DemoData.FIRST_ID);
  private static final OrderId ISSUED = new OrderId(DemoData.FIRST_ID + 2);

  @ParentCommand CertCentralCli root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Session session = Session.embedded(root.options(), spec.commandLine().getErr())) {
      CertCentralClient client = session.client();
      Printer printer = new Printer(out, GlobalOptions.Format.table);

      step(out, 1, "The validation status of issued order " + ISSUED);
      printer.validation(client.getValidationStatus(ISSUED));

      step(out, 2, "Cancel pending order " + PENDING + " (allowed: it is pending)");
      client.cancelOrder(new CancelOrderCommand(PENDING, "Ordered by mistake."));
      printer.order(client.getOrder(PENDING));

      step(
          out,
          3,
          "Try to cancel issued order " + ISSUED + " (refused: only pending or waiting_pickup)");
      try {
        client.cancelOrder(new CancelOrderCommand(ISSUED, "Changed our mind."));
        out.println("unexpected: the cancel went through");
        return ExitCodes.FAILURE;
      } catch (RuleViolationException refused) {
        out.println(
            "refused as expected: "
                + refused.getClass().getSimpleName()
                + " ["
                + refused.primaryErrorCode()
                + "]");
        out.println("  " + refused.getMessage());
      }

      step(
          out,
          4,
          "Revoke the certificates of issued order " + ISSUED + ": this only creates a request");
      RevokeOutcome outcome =
          client.revokeOrderCertificates(
              RevokeOrderCertificatesCommand.withApproval(ISSUED, "Private key compromised."));
      Request request = ((RevokeOutcome.RequestCreated) outcome).request();
      printer.request(request);
      out.println("order " + ISSUED + " is still " + client.getOrder(ISSUED).rawStatus());

      step(out, 5, "The pending request, as an administrator sees it");
      printer.request(client.getRequest(request.id()));

      step(out, 6, "An administrator approves request " + request.id());
      client.decideRequest(DecideRequestCommand.approve(request.id(), "Confirmed with the owner."));
      printer.request(client.getRequest(request.id()));

      step(out, 7, "Only now is order " + ISSUED + " revoked");
      printer.order(client.getOrder(ISSUED));

      out.println();
      out.println("Done. Run 'certcentral --help' to drive the same steps yourself.");
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static void step(PrintWriter out, int number, String title) {
    out.println();
    out.println("== " + number + ". " + title);
  }
}
