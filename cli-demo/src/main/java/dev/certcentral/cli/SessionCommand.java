package dev.certcentral.cli;

import dev.certcentral.http.CertCentralClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command group whose subcommands each open a session, act, print and close it. */
abstract class SessionCommand {

  /** What one subcommand does with the client. */
  interface Action {
    void run(CertCentralClient client, Printer printer);
  }

  @ParentCommand CertCentralCli root;

  @Spec CommandSpec spec;

  int withSession(Action action) {
    GlobalOptions options = root.options();
    try (Session session = Session.open(options, root.environment(), spec.commandLine().getErr())) {
      action.run(session.client(), new Printer(spec.commandLine().getOut(), options.output));
    }
    return ExitCodes.OK;
  }
}
