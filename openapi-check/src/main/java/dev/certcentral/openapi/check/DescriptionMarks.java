package dev.certcentral.openapi.check;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the description says about where each behaviour comes from: its {@code x-source} and {@code
 * x-fake-decision} marks on operations, error codes, transitions and fields.
 */
public final class DescriptionMarks {

  /** The mark of a decision of this project's own. */
  public static final String FAKE_DECISION = "x-fake-decision";

  /** The mark naming where a behaviour comes from. */
  public static final String SOURCE = "x-source";

  private final OpenAPI api;

  /** The marks of {@code description}. */
  public DescriptionMarks(ApiDescription description) {
    this.api = description.model();
  }

  /** The marks of the CertCentral description. */
  public static DescriptionMarks certCentral() {
    return new DescriptionMarks(ApiDescription.certCentral());
  }

  /**
   * One described operation.
   *
   * @param id its operationId
   * @param method the HTTP method
   * @param path the path under the server's base
   * @param success the success statuses, such as {@code 201, 204}
   * @param implemented whether the fake and the client serve it yet
   * @param source where it comes from
   * @param fakeDecision what was decided without the docs, if anything
   * @param errorCodes its {@code x-error-codes}: status to the codes its errors may carry
   */
  public record OperationMark(
      String id,
      String method,
      String path,
      String success,
      String implemented,
      String source,
      Optional<String> fakeDecision,
      Map<String, List<String>> errorCodes) {}

  /**
   * One error code of the catalogue.
   *
   * @param code the code
   * @param status the HTTP status it comes with
   * @param meaning what it says
   * @param source where it comes from, when documented or observed
   * @param fakeDecision why the fake uses it, when it is the fake's own
   */
  public record CodeMark(
      String code,
      int status,
      String meaning,
      Optional<String> source,
      Optional<String> fakeDecision) {}

  /**
   * One transition.
   *
   * @param action the call or event
   * @param from the statuses it starts from
   * @param to what it leads to
   * @param source where it comes from
   * @param fakeDecision what was decided without the docs, if anything
   */
  public record TransitionMark(
      String action,
      List<String> from,
      String to,
      Optional<String> source,
      Optional<String> fakeDecision) {}

  /**
   * A field or value of a schema decided without the docs.
   *
   * @param where the schema and property, such as {@code Order.is_renewal}
   * @param decision what was decided and why
   */
  public record FieldMark(String where, String decision) {}

  /** Every operation, in the description's order. */
  public List<OperationMark> operations() {
    List<OperationMark> marks = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        Map<String, Object> extensions = extensions(operation.getExtensions());
        marks.add(
            new OperationMark(
                operation.getOperationId(),
                entry.getKey().name(),
                path.getKey(),
                String.join(
                    ", ",
                    operation.getResponses().keySet().stream()
                        .filter(status -> status.startsWith("2"))
                        .toList()),
                text(extensions.get("x-implemented")).orElse("?"),
                text(extensions.get(SOURCE)).orElse(""),
                text(extensions.get(FAKE_DECISION)),
                errorCodes(extensions.get("x-error-codes"))));
      }
    }
    return marks;
  }

  /** Every error code of {@code x-error-catalogue}, in the description's order. */
  public List<CodeMark> codes() {
    List<CodeMark> marks = new ArrayList<>();
    map(extensions(api.getExtensions()).get("x-error-catalogue"))
        .forEach(
            (code, value) -> {
              Map<String, Object> entry = map(value);
              marks.add(
                  new CodeMark(
                      code,
                      Integer.parseInt(text(entry.get("status")).orElse("0")),
                      text(entry.get("meaning")).orElse(""),
                      text(entry.get(SOURCE)),
                      text(entry.get(FAKE_DECISION))));
            });
    return marks;
  }

  /** The codes marked {@code x-fake-decision}: the fake's own, which the client must not read. */
  public Set<String> fakeCodes() {
    Set<String> codes = new TreeSet<>();
    for (CodeMark mark : codes()) {
      if (mark.fakeDecision().isPresent()) {
        codes.add(mark.code());
      }
    }
    return codes;
  }

  /** Every transition of {@code x-transitions}, in the description's order. */
  public List<TransitionMark> transitions() {
    List<TransitionMark> marks = new ArrayList<>();
    for (Object item : list(extensions(api.getExtensions()).get("x-transitions"))) {
      Map<String, Object> entry = map(item);
      marks.add(
          new TransitionMark(
              text(entry.get("action")).orElse(""),
              list(entry.get("from")).stream().map(String::valueOf).toList(),
              text(entry.get("to")).orElse(""),
              text(entry.get(SOURCE)),
              text(entry.get(FAKE_DECISION))));
    }
    return marks;
  }

  /**
   * Every schema or property marked {@code x-fake-decision}, named where it is first described (a
   * schema embedded in another is listed once).
   */
  public List<FieldMark> fields() {
    List<FieldMark> marks = new ArrayList<>();
    api.getComponents()
        .getSchemas()
        .forEach((name, schema) -> collectFields(name, schema, marks, 0));
    Set<String> seen = new java.util.HashSet<>();
    return marks.stream().filter(mark -> seen.add(mark.decision())).toList();
  }

  @SuppressWarnings("rawtypes")
  private static void collectFields(String where, Schema schema, List<FieldMark> marks, int depth) {
    text(extensions(schema.getExtensions()).get(FAKE_DECISION))
        .ifPresent(decision -> marks.add(new FieldMark(where, decision)));
    if (schema.getProperties() == null || depth > 2) {
      return;
    }
    Map<?, ?> properties = schema.getProperties();
    properties.forEach(
        (name, property) -> collectFields(where + "." + name, (Schema) property, marks, depth + 1));
  }

  private static Map<String, List<String>> errorCodes(Object value) {
    Map<String, List<String>> codes = new java.util.LinkedHashMap<>();
    map(value)
        .forEach(
            (status, list) -> codes.put(status, list(list).stream().map(String::valueOf).toList()));
    return codes;
  }

  private static Map<String, Object> extensions(Map<String, Object> extensions) {
    return extensions == null ? Map.of() : extensions;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> items ? items : List.of();
  }

  private static Optional<String> text(Object value) {
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value).strip());
  }
}
