package dev.certcentral.openapi.check;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import dev.certcentral.openapi.CertCentralOpenApi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CertCentral description as a checker of exchanges, built with Atlassian's
 * swagger-request-validator. Loading the description takes about a second, so it happens once per
 * JVM: {@link #certCentral()} hands out the one instance, which is safe to share between threads.
 */
public final class ApiDescription {

  private final OpenAPI model;
  private final OpenApiInteractionValidator validator;

  private ApiDescription(String yaml) {
    this.model = withSecurityOnEachOperation(parse(yaml));
    this.validator = OpenApiInteractionValidator.createFor(model).build();
  }

  /**
   * The parsed description, for readers of its extensions (the ledger). Callers must not change it.
   */
  public OpenAPI model() {
    return model;
  }

  private static OpenAPI parse(String yaml) {
    // The options the validator uses when it parses a description itself.
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (result.getOpenAPI() == null
        || (result.getMessages() != null && !result.getMessages().isEmpty())) {
      throw new IllegalStateException("the description does not parse: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  /**
   * The validator checks the key only where an operation names its security itself; the description
   * states it once at the root, which OpenAPI applies to every operation.
   */
  private static OpenAPI withSecurityOnEachOperation(OpenAPI api) {
    api.getPaths()
        .values()
        .forEach(
            path -> {
              for (Operation operation : path.readOperations()) {
                if (operation.getSecurity() == null) {
                  operation.setSecurity(api.getSecurity());
                }
              }
            });
    return api;
  }

  /** The description of the covered CertCentral endpoints, loaded on first use. */
  public static ApiDescription certCentral() {
    return Loaded.CERTCENTRAL;
  }

  /** A description given as YAML text, for tests of the checker itself. */
  public static ApiDescription of(String yaml) {
    return new ApiDescription(yaml);
  }

  /**
   * Every difference between the exchange and the description: the request, and the answer when the
   * exchange has one. Only errors count; the validator's warnings and notes do not.
   */
  public List<Mismatch> check(Exchange exchange) {
    Request request = request(exchange);
    ValidationReport report =
        exchange.answer().isPresent()
            ? validator.validate(request, response(exchange.answer().get()))
            : validator.validateRequest(request);
    List<Mismatch> found = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      collect(message, found);
    }
    return found;
  }

  /**
   * Fails when the exchange differs from the description.
   *
   * @throws AssertionError naming the operation and the pointer of each difference
   */
  public void assertConforms(Exchange exchange) {
    List<Mismatch> found = check(exchange);
    if (!found.isEmpty()) {
      throw new AssertionError(report(exchange, found));
    }
  }

  /** The text of a failure: the exchange, then one line per difference. */
  static String report(Object what, List<Mismatch> found) {
    return what
        + " does not match openapi/certcentral.yaml:\n  "
        + found.stream().map(Mismatch::toString).collect(Collectors.joining("\n  "));
  }

  private static void collect(ValidationReport.Message message, List<Mismatch> found) {
    if (message.getLevel() == ValidationReport.Level.ERROR) {
      MessageContext context = message.getContext().orElse(MessageContext.empty());
      found.add(
          new Mismatch(
              context
                  .getApiOperation()
                  .map(op -> op.getOperation().getOperationId())
                  .orElse("(none)"),
              context.getLocation().map(l -> l.name().toLowerCase()).orElse("request"),
              pointer(message.getKey(), context),
              message.getKey(),
              message.getMessage()));
    }
    for (ValidationReport.Message nested : message.getNestedMessages()) {
      collect(nested, found);
    }
  }

  private static String pointer(String key, MessageContext context) {
    if (key.startsWith("validation.response.status")) {
      return "/status";
    }
    if (context.getPointers().isPresent()) {
      return "/body" + context.getPointers().get().getInstance();
    }
    if (context.getParameter().isPresent()) {
      Parameter parameter = context.getParameter().get();
      return "/" + parameter.getIn() + "/" + parameter.getName();
    }
    return context.getRequestPath().orElse("/");
  }

  private static Request request(Exchange exchange) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
    exchange.query().forEach(request::withQueryParam);
    exchange.headers().forEach(request::withHeader);
    byte[] body = exchange.body();
    if (body.length > 0) {
      request.withBody(body);
    }
    return request.build();
  }

  private static SimpleResponse response(Exchange.Answer answer) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
    answer.headers().forEach(response::withHeader);
    if (answer.body().length > 0) {
      response.withBody(answer.body());
    }
    return response.build();
  }

  /** Holds the one instance, built on first use (the holder idiom: no locking after that). */
  private static final class Loaded {
    static final ApiDescription CERTCENTRAL = new ApiDescription(CertCentralOpenApi.yaml());
  }
}
