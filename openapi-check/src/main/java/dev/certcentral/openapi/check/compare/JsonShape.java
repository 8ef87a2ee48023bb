package dev.certcentral.openapi.check.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of an answer's body: for each JSON pointer, with every array index written {@code *},
 * the JSON types found there. Values are left out on purpose: ids and dates differ between any two
 * CertCentrals, the fields and their types should not.
 */
public final class JsonShape {

  /** The type of a body that is not JSON (a certificate file, an HTML error page). */
  public static final String NOT_JSON = "not JSON";

  /** The type of an empty body (a 204). */
  public static final String EMPTY = "empty";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SortedMap<String, Set<String>> types;
  private final Set<String> filledArrays;

  private JsonShape(SortedMap<String, Set<String>> types, Set<String> filledArrays) {
    SortedMap<String, Set<String>> frozen = new TreeMap<>();
    types.forEach(
        (pointer, found) ->
            frozen.put(pointer, Collections.unmodifiableSortedSet(new TreeSet<>(found))));
    this.types = Collections.unmodifiableSortedMap(frozen);
    this.filledArrays = Set.copyOf(filledArrays);
  }

  /**
   * The shape of {@code body}: its JSON's pointers and types, or {@link #NOT_JSON}/{@link #EMPTY}.
   */
  public static JsonShape of(byte[] body) {
    SortedMap<String, Set<String>> types = new TreeMap<>();
    Set<String> filledArrays = new TreeSet<>();
    if (body.length == 0) {
      types.put("", new TreeSet<>(Set.of(EMPTY)));
      return new JsonShape(types, filledArrays);
    }
    try {
      walk("", JSON.readTree(body), types, filledArrays);
    } catch (IOException notJson) {
      types.put("", new TreeSet<>(Set.of(NOT_JSON)));
    }
    return new JsonShape(types, filledArrays);
  }

  /** Every pointer and the types found there, in pointer order. */
  public SortedMap<String, Set<String>> types() {
    return types;
  }

  /** Whether the array at {@code pointer} had an element in at least one place. */
  public boolean hasElements(String pointer) {
    return filledArrays.contains(pointer);
  }

  private static void walk(
      String pointer, JsonNode node, Map<String, Set<String>> types, Set<String> filledArrays) {
    types.computeIfAbsent(pointer, p -> new TreeSet<>()).add(type(node));
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> walk(child(pointer, field.getKey()), field.getValue(), types, filledArrays));
    } else if (node.isArray() && !node.isEmpty()) {
      filledArrays.add(pointer);
      node.forEach(element -> walk(pointer + "/*", element, types, filledArrays));
    }
  }

  /** A child pointer, escaped as RFC 6901 says so a key holding {@code /} stays one step. */
  private static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  private static String type(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isTextual()) {
      return "string";
    }
    if (node.isIntegralNumber()) {
      return "integer";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    return "null";
  }
}
