package dev.certcentral.contract;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Ends the orders a {@link CertificateLifeContract} scenario placed right after the scenario's
 * body, inside its invocation: before any {@code @AfterEach} of the subclass, which may close the
 * implementation (JUnit runs a superclass's {@code @AfterEach} after the subclass's). A clean-up
 * that fails fails the scenario; after a failed body it is added to that failure as suppressed.
 */
final class EndPlacedOrders implements InvocationInterceptor {

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    CertificateLifeContract contract =
        (CertificateLifeContract) extensionContext.getRequiredTestInstance();
    try {
      invocation.proceed();
    } catch (Throwable failure) {
      try {
        contract.endPlacedOrders();
      } catch (RuntimeException cleanUp) {
        failure.addSuppressed(cleanUp);
      }
      throw failure;
    }
    contract.endPlacedOrders();
  }
}
