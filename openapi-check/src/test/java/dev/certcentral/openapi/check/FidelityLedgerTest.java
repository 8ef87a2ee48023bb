package dev.certcentral.openapi.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's fidelity ledger is the one the description renders, so the two never drift apart. */
class FidelityLedgerTest {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void readmesLedgerIsTheOneTheDescriptionRenders() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(FidelityLedger.START);
    int end = readme.indexOf(FidelityLedger.END);
    assertThat(start).as("README has the ledger's start marker").isNotNegative();
    assertThat(end).as("README has the ledger's end marker").isGreaterThan(start);
    String inReadme = readme.substring(start + FidelityLedger.START.length(), end).strip();

    String rendered = FidelityLedger.render(DescriptionMarks.certCentral()).strip();

    if (!inReadme.equals(rendered)) {
      Path fresh = Path.of("target", "fidelity-ledger.md");
      Files.writeString(fresh, rendered + "\n", StandardCharsets.UTF_8);
      assertThat(inReadme)
          .as(
              "README's ledger differs from openapi/certcentral.yaml's marks: replace the lines"
                  + " between the markers with openapi-check/"
                  + fresh)
          .isEqualTo(rendered);
    }
  }

  @Test
  void theLedgerListsEveryOperationAndEveryCode() {
    DescriptionMarks marks = DescriptionMarks.certCentral();
    String ledger = FidelityLedger.render(marks);

    marks.operations().forEach(op -> assertThat(ledger).contains("`" + op.id() + "`"));
    marks.codes().forEach(code -> assertThat(ledger).contains(code.code().replace("|", "\\|")));
    assertThat(ledger).contains("**ours**: ");
  }
}
