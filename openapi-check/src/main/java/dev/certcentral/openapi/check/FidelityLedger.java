package dev.certcentral.openapi.check;

import java.util.List;
import java.util.Optional;

/**
 * README's fidelity ledger, rendered from the description's marks so it cannot drift from them:
 * every endpoint, error code, transition and decided field of the fake, with its source, or "ours"
 * and why.
 */
public final class FidelityLedger {

  /** The line before the ledger in README. */
  public static final String START =
      "<!-- fidelity-ledger:start (generated from openapi/certcentral.yaml) -->";

  /** The line after the ledger in README. */
  public static final String END = "<!-- fidelity-ledger:end -->";

  private FidelityLedger() {}

  /** The ledger as Markdown, without the marker lines. */
  public static String render(DescriptionMarks marks) {
    StringBuilder md = new StringBuilder();
    md.append("Endpoints (paths under `/services/v2`):\n\n")
        .append("| operation | call | success | served | source | ours |\n")
        .append("|---|---|---|---|---|---|\n");
    for (DescriptionMarks.OperationMark op : marks.operations()) {
      row(
          md,
          "`" + op.id() + "`",
          "`" + op.method() + " " + op.path() + "`",
          op.success(),
          op.implemented(),
          op.source(),
          op.fakeDecision().orElse(""));
    }
    md.append("\nDigiCert's error codes the fake sends (`x-error-catalogue`):\n\n")
        .append("| code | status | meaning | source |\n")
        .append("|---|---|---|---|\n");
    for (DescriptionMarks.CodeMark code : marks.codes()) {
      if (code.fakeDecision().isEmpty()) {
        row(
            md,
            "`" + code.code() + "`",
            String.valueOf(code.status()),
            code.meaning(),
            code.source().orElse(""));
      }
    }
    md.append("\nThe fake's own error codes (`x-fake-decision` in `x-error-catalogue`; the client")
        .append(" reads none of them):\n\n")
        .append("| code | status | when the fake sends it | why no DigiCert code fits |\n")
        .append("|---|---|---|---|\n");
    for (DescriptionMarks.CodeMark code : marks.codes()) {
      code.fakeDecision()
          .ifPresent(
              why ->
                  row(
                      md,
                      "`" + code.code() + "`",
                      String.valueOf(code.status()),
                      code.meaning(),
                      "**ours**: " + why));
    }
    md.append("\nTransitions (`x-transitions`):\n\n")
        .append("| action | from | to | source |\n")
        .append("|---|---|---|---|\n");
    for (DescriptionMarks.TransitionMark t : marks.transitions()) {
      row(
          md,
          t.action(),
          String.join(", ", t.from()),
          t.to(),
          origin(t.source(), t.fakeDecision()));
    }
    md.append("\nFields and values the docs leave open (`x-fake-decision` on a schema):\n\n")
        .append("| where | ours |\n")
        .append("|---|---|\n");
    for (DescriptionMarks.FieldMark field : marks.fields()) {
      row(md, "`" + field.where() + "`", field.decision());
    }
    return md.toString();
  }

  private static String origin(Optional<String> source, Optional<String> fakeDecision) {
    return fakeDecision.map(d -> "**ours**: " + d).orElse(source.orElse(""));
  }

  private static void row(StringBuilder md, String... cells) {
    md.append("| ")
        .append(String.join(" | ", List.of(cells).stream().map(FidelityLedger::cell).toList()))
        .append(" |\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ").strip();
  }
}
