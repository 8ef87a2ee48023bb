package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
