package dev.certcentral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command against the embedded fake: output, JSON and exit codes. */
class CommandsTest {

  private static final String PENDING = "1000001";
  private static final String WAITING = "1000002";
  private static final String ISSUED = "1000003";

  @Test
  void withoutAKeyItSaysItUsesTheEmbeddedFake() {
    Run run = Run.of("orders", "show", ISSUED);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).contains("embedded fake CertCentral");
    assertThat(run.out()).contains("status:").contains("issued").contains("www.example.com");
  }

  @Test
  void ordersShowAsJson() {
    Run run = Run.of("orders", "show", ISSUED, "--output", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.json())
        .containsEntry("id", 1000003.0)
        .containsEntry("status", "issued")
        .containsEntry("common_name", "www.example.com");
  }

  @Test
  void ordersListFiltersByStatus() {
    Run run = Run.of("orders", "list", "--status", "issued", "-o", "json");

    assertThat(run.exitCode()).isZero();
    List<?> orders = (List<?>) run.json().get("orders");
    assertThat(orders).hasSize(2);
    assertThat(Run.of("orders", "list").out())
        .contains("ID")
        .contains("shop.example.com")
        .contains("5 of 5 orders");
  }

  @Test
  void ordersValidation() {
    Run run = Run.of("orders", "validation", ISSUED);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("organization").contains("complete").contains("approved");
    assertThat(Run.of("orders", "validation", ISSUED, "-o", "json").json())
        .containsEntry("order_status", "issued");
  }

  @Test
  void cancelAPendingOrder() {
    Run run = Run.of("orders", "cancel", PENDING, "--note", "not needed", "-o", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.json()).containsEntry("status", "canceled");
    assertThat(Run.of("orders", "cancel", WAITING, "--note", "n").out()).contains("canceled");
  }

  @Test
  void cancelAnIssuedOrderIsARuleViolationOnOneLine() {
    Run run = Run.of("orders", "cancel", ISSUED, "--note", "too late");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.RULE_VIOLATION);
    List<String> errorLines = run.err().lines().filter(line -> line.startsWith("error")).toList();
    assertThat(errorLines)
        .singleElement()
        .asString()
        .contains("[invalid_status]")
        .contains("issued");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void revokeCreatesAPendingRequest() {
    Run run = Run.of("orders", "revoke", ISSUED, "--comments", "compromised", "-o", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.json()).containsEntry("type", "revoke").containsEntry("status", "pending");
  }

  @Test
  void revokeSkippingApprovalRevokesAtOnce() {
    Run run = Run.of("orders", "revoke", ISSUED, "--comments", "now", "--skip-approval");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("revoked at once");
  }

  @Test
  void revokeAndWaitTimesOutWhenNobodyDecides() {
    Run run = Run.of("orders", "revoke", ISSUED, "--comments", "c", "--wait", "1s");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.TIMEOUT);
    assertThat(run.err()).contains("is still pending");
  }

  @Test
  void requestsListShowAndDecide() {
    Run list = Run.of("requests", "list", "-o", "json");
    assertThat(list.exitCode()).isZero();
    Map<?, ?> newRequest = (Map<?, ?>) ((List<?>) list.json().get("requests")).get(0);
    assertThat(newRequest.get("type")).isEqualTo("new_request");
    String id = String.valueOf(((Number) newRequest.get("id")).longValue());

    assertThat(Run.of("requests", "show", id).out()).contains("new_request").contains("pending");
    Run approve = Run.of("requests", "approve", id, "--comment", "fine", "-o", "json");
    assertThat(approve.exitCode()).isZero();
    assertThat(approve.json()).containsEntry("status", "approved");
    assertThat(Run.of("requests", "reject", id).out()).contains("rejected");
  }

  @Test
  void unknownIdsAreNotFound() {
    Run order = Run.of("orders", "show", "42");
    Run request = Run.of("requests", "approve", "42");

    assertThat(order.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(order.err()).contains("[not_found|order]");
    assertThat(request.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orders show abc",
        "orders show 0",
        "orders cancel 1000001",
        "orders list --status nonsense",
        "orders revoke 1000003 --comments c --wait soon",
        "requests frobnicate",
        "orders show 1 --region mars"
      })
  void usageErrorsExitWith2(String args) {
    Run run = Run.of(args.split(" "));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isNotBlank();
  }

  @Test
  void everyCommandHasHelp() {
    for (String command :
        List.of(
            "",
            "orders",
            "orders show",
            "orders list",
            "orders validation",
            "orders cancel",
            "orders revoke",
            "orders place",
            "orders check-dcv",
            "orders reissue",
            "orders await",
            "certificates",
            "certificates download",
            "requests",
            "requests show",
            "requests list",
            "requests approve",
            "requests reject",
            "demo")) {
      String[] args = (command + " --help").trim().split(" ");
      Run run = Run.of(args);
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage:");
    }
  }

  @Test
  void blankNotesAreRefusedBeforeAnyCall() {
    Run run = Run.of("orders", "cancel", PENDING, "--note", " ");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_REQUEST);
    assertThat(run.err()).contains("[missing_param]");
  }
}
