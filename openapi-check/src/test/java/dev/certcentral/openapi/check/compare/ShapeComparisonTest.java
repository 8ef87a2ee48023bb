package dev.certcentral.openapi.check.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison reports status, presence and type differences, and only those. */
class ShapeComparisonTest {

  private static Observation call(String name, int status, String json) {
    return new Observation(name, "getOrder", status, JsonShape.of(bytes(json)));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<ShapeDifference> compare(Observation real, Observation fake) {
    return ShapeComparison.of(List.of(real), List.of(fake)).differences();
  }

  @Test
  void answersOfTheSameShapeDoNotDifferWhateverTheirValues() {
    assertThat(
            compare(
                call("c", 200, "{\"id\": 1, \"names\": [\"a\", \"b\"], \"at\": \"2020\"}"),
                call("c", 200, "{\"at\": \"2024\", \"id\": 99, \"names\": [\"z\"]}")))
        .isEmpty();
  }

  @Test
  void aDifferentStatusIsOneDifferenceAndItsBodiesAreNotCompared() {
    assertThat(compare(call("c", 200, "{\"id\": 1}"), call("c", 404, "{\"errors\": []}")))
        .containsExactly(new ShapeDifference("c", "getOrder", "(status)", "200", "404"));
  }

  @Test
  void aFieldOnOneSideOnlyIsNamedOnceAtItsTopmostPointer() {
    assertThat(
            compare(
                call("c", 200, "{\"id\": 1, \"product\": {\"name_id\": \"x\", \"type\": \"y\"}}"),
                call("c", 200, "{\"id\": 1, \"extra\": true}")))
        .containsExactly(
            new ShapeDifference("c", "getOrder", "/extra", "absent", "boolean"),
            new ShapeDifference("c", "getOrder", "/product", "object", "absent"));
  }

  @Test
  void aTypeDifferenceIsNamedWithBothSidesTypes() {
    assertThat(
            compare(
                call("c", 200, "{\"orders\": [{\"id\": 1}, {\"id\": null}]}"),
                call("c", 200, "{\"orders\": [{\"id\": \"1\"}]}")))
        .containsExactly(
            new ShapeDifference("c", "getOrder", "/orders/*/id", "integer|null", "string"));
  }

  @Test
  void anArrayEmptyOnOneSideShowsNothingOfItsElements() {
    assertThat(
            compare(
                call("c", 200, "{\"orders\": [{\"id\": 1}]}"), call("c", 200, "{\"orders\": []}")))
        .isEmpty();
  }

  @Test
  void aKeyHoldingASlashStaysOneStepOfThePointer() {
    assertThat(JsonShape.of(bytes("{\"a/b\": {\"c~d\": 1}}")).types())
        .containsKeys("/a~1b", "/a~1b/c~0d");
  }

  @Test
  void bodiesThatAreNotJsonOrEmptyHaveAShapeOfTheirOwn() {
    assertThat(JsonShape.of(bytes("-----BEGIN CERTIFICATE-----")).types())
        .containsExactly(entry("", Set.of("not JSON")));
    assertThat(JsonShape.of(new byte[0]).types().get("")).containsExactly("empty");
  }

  @Test
  void callsOnlyOneSideMadeAreListedAsUnpairedNotAsDifferences() {
    ShapeComparison comparison =
        ShapeComparison.of(
            List.of(call("getOrder [expired]", 200, "{}"), call("both", 200, "{}")),
            List.of(call("both", 200, "{}"), call("getOrder [needs_approval]", 200, "{}")));

    assertThat(comparison.differences()).isEmpty();
    assertThat(comparison.unpaired())
        .containsExactly(
            "getOrder [expired]: only the real CertCentral had something to call it on",
            "getOrder [needs_approval]: only the fake had something to call it on");
  }

  @Test
  void theReportNamesEachDifferenceAndNeverAKey() {
    String key = "s3cr3t-key-value";
    ShapeComparison comparison =
        ShapeComparison.of(
            List.of(call("getOrder [issued]", 200, "{\"" + key + "\": 1, \"id\": 1}")),
            List.of(call("getOrder [issued]", 200, "{\"id\": \"1\"}")));

    String report =
        FidelityReport.markdown(
            comparison,
            new Target("https://real.example/v2", key),
            new Target("http://f/v2", "k2"));

    assertThat(report)
        .contains("## Differences (2)")
        .contains("| getOrder [issued] | `getOrder` | `/id` | integer | string |")
        .contains("`/[redacted]` | integer | absent |")
        .doesNotContain(key)
        .doesNotContain("k2");
  }

  @Test
  void aTargetNeverShowsItsKey() {
    assertThat(new Target("https://real.example/v2/", "s3cr3t").toString())
        .isEqualTo("https://real.example/v2 (key redacted)");
  }
}
