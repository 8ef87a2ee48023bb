package dev.certcentral.fake.junit;

import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.FakeControl;
import java.util.Objects;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link FakeCertCentral} per test class on a free port, resets it before each test,
 * hands it to test and lifecycle methods as a {@link FakeCertCentral} or {@link FakeControl}
 * parameter, and stops it after the class.
 *
 * <pre>{@code
 * @ExtendWith(FakeCertCentralExtension.class)
 * class MyTest {
 *   @Test
 *   void cancels(FakeCertCentral fake) { ... }
 * }
 * }</pre>
 *
 * <p>Configured, through {@code @RegisterExtension} with any option of {@link
 * FakeCertCentral#builder()}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeCertCentralExtension FAKE =
 *     FakeCertCentralExtension.of(
 *             FakeCertCentral.builder()
 *                 .rateLimits(true)
 *                 .key(KeySpec.role(KeyRole.VIEW_ONLY).value("viewer"))
 *                 .clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC)))
 *         .resetPerClass();
 * }</pre>
 */
public final class FakeCertCentralExtension implements BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeCertCentralExtension.class);

  private final FakeCertCentral.Builder options;
  private final boolean resetPerTest;

  /** The default: a fake with {@code FakeCertCentral.builder()}'s defaults, reset per test. */
  public FakeCertCentralExtension() {
    this(FakeCertCentral.builder(), true);
  }

  private FakeCertCentralExtension(FakeCertCentral.Builder options, boolean resetPerTest) {
    this.options = options;
    this.resetPerTest = resetPerTest;
  }

  /**
   * An extension whose fakes are started with these options, reset before each test. The builder is
   * read when each class's fake starts; keep it for this extension.
   */
  public static FakeCertCentralExtension of(FakeCertCentral.Builder options) {
    return new FakeCertCentralExtension(Objects.requireNonNull(options, "options"), true);
  }

  /**
   * This extension, resetting the fake only when its class starts: the tests of a class then share
   * and build on one state, in JUnit's method order.
   */
  public FakeCertCentralExtension resetPerClass() {
    return new FakeCertCentralExtension(options, false);
  }

  /** This extension, resetting the fake before each test (the default). */
  public FakeCertCentralExtension resetPerTest() {
    return new FakeCertCentralExtension(options, true);
  }

  /** Closes the fake when JUnit closes the class's store. */
  @SuppressWarnings("deprecation")
  private record Running(FakeCertCentral fake) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      fake.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (resetPerTest) {
      fake(context).reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeCertCentral.class || type == FakeControl.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return fake(context);
  }

  private FakeCertCentral fake(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, key -> new Running(options.start()), Running.class)
        .fake();
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }
}
