package dev.certcentral.fake.junit;

import dev.certcentral.fake.FakeCertCentral;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link FakeCertCentral} per test class on a free port, resets it before each test,
 * injects it as a parameter, and stops it after the class.
 *
 * <pre>{@code
 * @ExtendWith(FakeCertCentralExtension.class)
 * class MyTest {
 *   @Test
 *   void cancels(FakeCertCentral fake) { ... }
 * }
 * }</pre>
 */
public final class FakeCertCentralExtension implements BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeCertCentralExtension.class);

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
    fake(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeCertCentral.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return fake(context);
  }

  private static FakeCertCentral fake(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Running.class, key -> new Running(FakeCertCentral.start()), Running.class)
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
