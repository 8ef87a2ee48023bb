package dev.certcentral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo, as README's one command runs it: a certificate's whole life on an embedded fake. */
class DemoTest {

  private static final Pattern SERIAL = Pattern.compile("serial number: ([0-9A-F]+)");
  private static final Pattern REISSUED = Pattern.compile("\\(serial ([0-9A-F]+)\\) replaces");

  @Test
  void theDemoWalksTheWholeLifeAndExitsZero() {
    Run run = Run.of("demo");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    String out = run.out();
    assertThat(out.lines().filter(line -> line.startsWith("== ")).toList()).hasSize(9);
    assertThat(out)
        .contains("is needs_approval")
        .contains("shop.example.com approved, www.shop.example.com approved")
        .containsPattern("order \\d+ is issued with certificate \\d+")
        .contains("dns names:     shop.example.com, www.shop.example.com")
        .contains("issuer:        CN=CertCentral Fake Test Intermediate CA - NOT TRUSTED")
        .contains("chain of 3 verified by the JDK's PKIX to root")
        .contains("refused as expected [invalid_status]")
        .contains("is reissue_pending")
        .contains("is still issued")
        .containsPattern("order \\d+ is revoked")
        .contains("Done.");
    String first = group(SERIAL, out);
    String reissued = group(REISSUED, out);
    assertThat(first).isNotEqualTo(reissued);
    assertThat(out)
        .contains("serial " + first + " revoked")
        .contains("serial " + reissued + " revoked")
        .doesNotContain("NOT listed")
        .doesNotContain("PRIVATE KEY");
    // The CRL's URL comes from the certificate: the fake's own address, on its free port.
    assertThat(out.lines().filter(line -> line.contains(".crl")).toList())
        .singleElement()
        .asString()
        .matches("http://127\\.0\\.0\\.1:\\d+/crl/\\S+\\.crl \\(signed by the intermediate.*");
    assertThat(run.err()).contains("embedded fake");
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
    return matcher.group(1);
  }
}
