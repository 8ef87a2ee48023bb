package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.openapi.check.DescriptionMarks;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code path of the client reads an error code the description marks {@code x-fake-decision}:
 * none of the fake's own codes appears as a string literal in any class of this module.
 */
class FakeCodesUnreadTest {

  private static Map<String, Set<String>> literalsByClass() throws IOException, URISyntaxException {
    Path classes =
        Path.of(ErrorMapping.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Set<String>> literals = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          literals.put(classes.relativize(file).toString(), ClassStrings.of(in));
        }
      }
    }
    return literals;
  }

  @Test
  void noClientClassHoldsACodeOnlyTheFakeSends() throws Exception {
    Set<String> fakeCodes = DescriptionMarks.certCentral().fakeCodes();
    Map<String, Set<String>> literals = literalsByClass();

    Map<String, Set<String>> offending = new TreeMap<>();
    literals.forEach(
        (type, strings) -> {
          Set<String> found = new HashSet<>(strings);
          found.retainAll(fakeCodes);
          if (!found.isEmpty()) {
            offending.put(type, found);
          }
        });

    assertThat(fakeCodes).contains("invalid_status", "missing_param");
    assertThat(literals).containsKeys("dev/certcentral/http/ErrorMapping.class");
    assertThat(offending).as("client classes holding a code marked x-fake-decision").isEmpty();
  }

  @Test
  void theScanSeesTheLiteralsAClassUses() throws Exception {
    Map<String, Set<String>> literals = literalsByClass();

    // Constants of the client's own and of core, copied in by javac, are both seen.
    assertThat(literals.get("dev/certcentral/http/RefusedStateChange.class"))
        .contains("bad_request_format", "invalid_value");
    assertThat(literals.values().stream().flatMap(Set::stream).toList())
        .contains("X-DC-DEVKEY")
        .doesNotContainAnyElementsOf(List.of("invalid_status"));
  }
}
