package dev.certcentral.http.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.http.CertCentralClient;
import dev.certcentral.http.Region;
import dev.certcentral.openapi.check.compare.FidelityReport;
import dev.certcentral.openapi.check.compare.ShapeComparison;
import dev.certcentral.openapi.check.compare.ShapeDifference;
import dev.certcentral.openapi.check.compare.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Record and compare against the real CertCentral: {@code mvn -B -Pfidelity verify -pl adapter-http
 * -am} with {@code DIGICERT_API_KEY} set ({@code DIGICERT_BASE_URL} picks another region;
 * DigiCert's US URL otherwise). Makes the covered API's read-only calls against the real account
 * and against a fake holding {@link ComparisonAccount}, and writes {@code
 * adapter-http/target/fidelity-report.md}. It only reads: every call is a GET. By default it
 * reports and passes; with {@code -Dfidelity.failOnDifference=true} a difference fails it.
 */
@EnabledIfEnvironmentVariable(
    named = CertCentralClient.API_KEY_VARIABLE,
    matches = ".*\\S.*",
    disabledReason =
        "set DIGICERT_API_KEY (and optionally DIGICERT_BASE_URL) to compare the real CertCentral"
            + " with the fake")
class RealApiFidelityIT {

  /** Where the report goes, under the module's directory. */
  static final Path REPORT = Path.of("target", "fidelity-report.md");

  @Test
  void theFakeAnswersTheReadOnlyCallsInTheRealCertCentralsShapes(TestReporter reporter)
      throws IOException {
    String key = System.getenv(CertCentralClient.API_KEY_VARIABLE).strip();
    String baseUrl =
        Optional.ofNullable(System.getenv(CertCentralClient.BASE_URL_VARIABLE))
            .filter(url -> !url.isBlank())
            .orElse(Region.US.baseUrl());
    Target real = new Target(baseUrl.strip(), key);

    try (FakeCertCentral fake = ComparisonAccount.start()) {
      Target fakeTarget = new Target(fake.baseUrl(), fake.apiKey());
      ShapeComparison comparison = ShapeComparison.between(real, fakeTarget);
      Files.createDirectories(REPORT.getParent());
      Files.writeString(
          REPORT, FidelityReport.markdown(comparison, real, fakeTarget), StandardCharsets.UTF_8);
      reporter.publishEntry(
          "fidelity report",
          REPORT.toAbsolutePath() + ": " + comparison.differences().size() + " difference(s)");

      if (Boolean.getBoolean("fidelity.failOnDifference")) {
        assertThat(comparison.differences())
            .as(
                FidelityReport.redact(
                    "the real CertCentral and the fake differ; see "
                        + REPORT.toAbsolutePath()
                        + ":\n"
                        + comparison.differences().stream()
                            .map(RealApiFidelityIT::line)
                            .collect(Collectors.joining("\n")),
                    key))
            .isEmpty();
      }
    }
  }

  private static String line(ShapeDifference d) {
    return d.call() + " " + d.pointer() + ": real " + d.real() + ", fake " + d.fake();
  }
}
