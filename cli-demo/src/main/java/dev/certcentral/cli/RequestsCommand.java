package dev.certcentral.cli;

import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.port.in.DecideRequestCommand;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code certcentral requests ...}: read requests and decide them. */
@Command(
    name = "requests",
    mixinStandardHelpOptions = true,
    description = "Read requests and approve or reject them.")
final class RequestsCommand extends SessionCommand {

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one request.")
  int show(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Requests.class,
              description = "Request id.")
          RequestId id) {
    return withSession((client, printer) -> printer.request(client.getRequest(id)));
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List every request.")
  int list() {
    return withSession((client, printer) -> printer.requests(client.listRequests()));
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = "Approve a pending request; approving a revoke request revokes its order.")
  int approve(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Requests.class,
              description = "Request id.")
          RequestId id,
      @Option(names = "--comment", description = "The reviewer's comment.") String comment) {
    return decide(DecideRequestCommand.approve(id, comment), "approved");
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Reject a pending request.")
  int reject(
      @Parameters(
              paramLabel = "ID",
              converter = IdConverters.Requests.class,
              description = "Request id.")
          RequestId id,
      @Option(names = "--comment", description = "The reviewer's comment.") String comment) {
    return decide(DecideRequestCommand.reject(id, comment), "rejected");
  }

  private int decide(DecideRequestCommand command, String status) {
    return withSession(
        (client, printer) -> {
          client.decideRequest(command);
          printer.done(
              "request " + command.requestId() + " " + status,
              Map.of("request_id", command.requestId().value(), "status", status));
        });
  }
}
