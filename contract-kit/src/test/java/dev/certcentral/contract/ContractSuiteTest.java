package dev.certcentral.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract suite is runnable by other modules: abstract, public, and big enough. */
class ContractSuiteTest {

  @Test
  void isAnAbstractPublicClassWithAtLeastTwentyScenarios() {
    assertThat(Modifier.isAbstract(CertCentralContract.class.getModifiers())).isTrue();
    assertThat(Modifier.isPublic(CertCentralContract.class.getModifiers())).isTrue();

    long scenarios =
        Arrays.stream(CertCentralContract.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Test.class))
            .peek(
                m -> assertThat(m.isAnnotationPresent(DisplayName.class)).as(m.getName()).isTrue())
            .count();

    assertThat(scenarios).isGreaterThanOrEqualTo(20);
  }

  @Test
  void theFixtureIsTheOnlyThingAnImplementationSupplies() {
    long abstractMethods =
        Arrays.stream(CertCentralContract.class.getDeclaredMethods())
            .map(Method::getModifiers)
            .filter(Modifier::isAbstract)
            .count();

    assertThat(abstractMethods).isEqualTo(1);
  }
}
