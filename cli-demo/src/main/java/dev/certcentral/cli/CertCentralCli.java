package dev.certcentral.cli;

import dev.certcentral.core.domain.error.CertCentralException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code certcentral} command: orders, certificates, requests and a guided demo. */
@Command(
    name = "certcentral",
    mixinStandardHelpOptions = true,
    version = "certcentral 0.1.0",
    description = {
      "Drive a DigiCert CertCentral certificate's whole life: order, validate, download,",
      "reissue, revoke.",
      "Without DIGICERT_API_KEY or --base-url it runs against an embedded fake CertCentral."
    },
    subcommands = {
      OrdersCommand.class,
      CertificatesCommand.class,
      RequestsCommand.class,
      DemoCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "2:usage error",
      "3:not found",
      "4:access denied",
      "5:rule violation (e.g. canceling an issued order)",
      "6:invalid request",
      "7:rate limited",
      "8:CertCentral unreachable or failing",
      "9:timed out waiting for a decision or an issuance",
      "10:outcome unknown: a resent write failed; check the state before retrying",
      "1:any other failure"
    })
public final class CertCentralCli implements Runnable {

  @Mixin GlobalOptions options;

  private final Map<String, String> environment;

  /** A CLI reading keys and URLs from the given environment. */
  public CertCentralCli(Map<String, String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** Runs the CLI with the process's environment and streams. */
  public static void main(String[] args) {
    System.exit(
        execute(
            System.getenv(),
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            args));
  }

  /** Runs the CLI and returns its exit code; what tests and embedders call. */
  public static int execute(
      Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new CertCentralCli(environment));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          if (exception instanceof CertCentralException failure) {
            String code = failure.primaryErrorCode();
            err.println(
                "error" + (code.isEmpty() ? "" : " [" + code + "]") + ": " + failure.getMessage());
            err.flush();
            return ExitCodes.of(failure);
          }
          throw exception;
        });
    return commandLine.execute(args);
  }

  Map<String, String> environment() {
    return environment;
  }

  GlobalOptions options() {
    return options;
  }

  @Override
  public void run() {
    options.spec.commandLine().usage(options.spec.commandLine().getOut());
  }
}
