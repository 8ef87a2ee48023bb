package dev.certcentral.openapi.check.compare;

import java.util.List;
import java.util.Optional;

/**
 * A comparison as Markdown, for {@code target/fidelity-report.md}: what was called, every
 * difference, and the calls only one side could make. No value from either side appears in it (only
 * statuses, pointers and types), and any text equal to an API key is blanked all the same.
 */
public final class FidelityReport {

  /** What stands in the report where a key would. */
  public static final String REDACTED = "[redacted]";

  private FidelityReport() {}

  /** The report on {@code comparison} between {@code real} and {@code fake}. */
  public static String markdown(ShapeComparison comparison, Target real, Target fake) {
    StringBuilder md = new StringBuilder();
    md.append("# Fidelity report: the real CertCentral and the fake\n\n")
        .append("- Real: ")
        .append(real)
        .append("\n- Fake: ")
        .append(fake)
        .append(
            "\n- Compared: each read-only call's status and, where both statuses agree, every JSON"
                + " pointer of the answers (array indices as `*`): present on one side only, or"
                + " with other types. Values are not compared: ids and dates differ naturally.\n\n");
    List<ShapeDifference> differences = comparison.differences();
    md.append("## Differences (").append(differences.size()).append(")\n\n");
    if (differences.isEmpty()) {
      md.append("None: every call both sides made agreed in status, fields and types.\n");
    } else {
      md.append("| call | operation | where | real | fake |\n|---|---|---|---|---|\n");
      for (ShapeDifference d : differences) {
        row(md, d.call(), "`" + d.operationId() + "`", "`" + d.pointer() + "`", d.real(), d.fake());
      }
    }
    md.append("\n## Calls\n\n| call | real | fake |\n|---|---|---|\n");
    for (Observation call : comparison.real()) {
      Optional<Observation> other = comparison.fakeAnswer(call.call());
      row(md, call.call(), status(call), other.map(FidelityReport::status).orElse("not made"));
    }
    if (!comparison.unpaired().isEmpty()) {
      md.append("\n## Not compared\n\n");
      comparison.unpaired().forEach(line -> md.append("- ").append(line).append('\n'));
    }
    return redact(md.toString(), real.apiKey(), fake.apiKey());
  }

  /** {@code text} with every occurrence of each key replaced by {@link #REDACTED}. */
  public static String redact(String text, String... keys) {
    String redacted = text;
    for (String key : keys) {
      redacted = redacted.replace(key, REDACTED);
    }
    return redacted;
  }

  private static String status(Observation call) {
    return call.status() == Observation.NO_ANSWER ? "no answer" : String.valueOf(call.status());
  }

  private static void row(StringBuilder md, String... cells) {
    md.append("| ");
    for (int i = 0; i < cells.length; i++) {
      md.append(cells[i].replace("|", "\\|")).append(i + 1 < cells.length ? " | " : " |\n");
    }
  }
}
