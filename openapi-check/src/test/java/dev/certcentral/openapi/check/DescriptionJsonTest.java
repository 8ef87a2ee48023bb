package dev.certcentral.openapi.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.certcentral.openapi.CertCentralOpenApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** openapi/certcentral.json is the YAML's rendering, so the two never drift apart. */
class DescriptionJsonTest {

  private static final Path JSON = Path.of("..", "openapi", "certcentral.json");

  @Test
  void theCommittedJsonIsTheYamlsRendering() throws IOException {
    String rendered = DescriptionJson.render(CertCentralOpenApi.yaml());
    String committed = Files.exists(JSON) ? Files.readString(JSON, StandardCharsets.UTF_8) : "";

    if (!committed.equals(rendered)) {
      Path fresh = Path.of("target", "certcentral.json");
      Files.writeString(fresh, rendered, StandardCharsets.UTF_8);
      assertThat(committed)
          .as("openapi/certcentral.json differs from certcentral.yaml: copy openapi-check/" + fresh)
          .isEqualTo(rendered);
    }
  }

  @Test
  void theJsonOnTheClasspathIsTheSameDocumentAsTheYaml() throws IOException {
    assertThat(new ObjectMapper().readTree(CertCentralOpenApi.json()))
        .isEqualTo(DescriptionJson.tree(CertCentralOpenApi.yaml()));
  }

  @Test
  void anchorsAreResolvedNotLeftAsNames() {
    String json = DescriptionJson.render(CertCentralOpenApi.yaml());

    assertThat(json).doesNotContain("placeOrderErrors").doesNotContain("placeOrderResponses");
  }
}
