package dev.certcentral.openapi.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.UncheckedIOException;

/**
 * The description as JSON, for tools that do not read YAML. The repository keeps the rendering next
 * to the YAML ({@code openapi/certcentral.json}) so the description jar carries both with no
 * dependency; a test fails when the two drift apart. The YAML is read as the validator reads it
 * (swagger-parser's SnakeYAML settings: anchors resolved, dates left as text).
 */
public final class DescriptionJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DescriptionJson() {}

  /** The YAML's document as a JSON tree. */
  public static JsonNode tree(String yaml) {
    JsonNode tree = DeserializationUtils.deserializeIntoTree(yaml, "certcentral.yaml");
    if (tree == null) {
      throw new IllegalStateException("the description's YAML does not parse");
    }
    return tree;
  }

  /** The YAML's document as indented JSON text, ending with a newline. */
  public static String render(String yaml) {
    try {
      return MAPPER.writeValueAsString(tree(yaml)).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
