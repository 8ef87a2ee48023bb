package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The standalone fake's options as picocli reads them, without starting a fake. */
class FakeCertCentralMainTest {

  @Test
  void theOldNameOfPreloadStillNamesTheInitialStateFile() {
    CommandLine.ParseResult renamed =
        new CommandLine(new FakeCertCentralMain()).parseArgs("--seed", "state.json");
    CommandLine.ParseResult current =
        new CommandLine(new FakeCertCentralMain()).parseArgs("--preload", "state.json");

    assertThat(renamed.<Path>matchedOptionValue("--preload", null))
        .isEqualTo(Path.of("state.json"))
        .isEqualTo(current.<Path>matchedOptionValue("--preload", null));
  }

  @Test
  void aDcvPolicyIsNamedAsItsFactory() {
    assertThat(dcvPolicy()).as("the default").isEqualTo(DcvPolicy.instant());
    assertThat(dcvPolicy("--dcv-policy", "instant")).isEqualTo(DcvPolicy.instant());
    assertThat(dcvPolicy("--dcv-policy", "never")).isEqualTo(DcvPolicy.never());
    assertThat(dcvPolicy("--dcv-policy", "delay:PT30S"))
        .isEqualTo(DcvPolicy.after(Duration.ofSeconds(30)));
    assertThat(dcvPolicy("--dcv-policy", "random_delay:PT1M..PT2H"))
        .isEqualTo(DcvPolicy.afterRandomDelay(Duration.ofMinutes(1), Duration.ofHours(2)));
    assertThat(dcvPolicy("--dcv-policy", "random_delay:PT1M..PT2H:7"))
        .isEqualTo(DcvPolicy.afterRandomDelay(Duration.ofMinutes(1), Duration.ofHours(2)).seed(7));
  }

  @Test
  void aDcvPolicyThatIsNotOneIsRefusedWithTheFormsThatAre() {
    for (String bad :
        List.of(
            "sometimes",
            "instant:PT1S",
            "delay",
            "delay:30s",
            "delay:-PT1S",
            "random_delay:PT1M",
            "random_delay:PT2H..PT1M",
            "random_delay:PT1M..PT2H:seven")) {
      assertThatThrownBy(() -> dcvPolicy("--dcv-policy", bad))
          .as(bad)
          .isInstanceOf(CommandLine.ParameterException.class)
          .hasMessageContaining("is not a DCV policy")
          .hasMessageContaining(DcvPolicyOption.FORMS);
    }
  }

  private static DcvPolicy dcvPolicy(String... args) {
    CommandLine command = new CommandLine(new FakeCertCentralMain());
    command.parseArgs(args);
    return command.getCommandSpec().findOption("--dcv-policy").getValue();
  }
}
