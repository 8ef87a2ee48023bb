package dev.certcentral.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.certcentral.http.planted.LeakyClient;
import org.junit.jupiter.api.Test;

/** The public-signature rule catches a leak through a nested type, as it must. */
class PublicSignaturesTest {

  @Test
  void anOkHttpTypeInANestedBuildersMethodIsCaughtAndTheOneExceptionIsNarrow() {
    JavaClasses planted =
        new ClassFileImporter().importClasses(LeakyClient.class, LeakyClient.Builder.class);

    EvaluationResult result = AdapterArchitectureTest.publicApiShowsNoLibraryType.evaluate(planted);

    assertThat(result.getFailureReport().getDetails())
        .hasSize(2)
        .anySatisfy(
            line -> assertThat(line).contains("template(okhttp3.Request) shows okhttp3.Request"))
        .anySatisfy(line -> assertThat(line).contains("LeakyClient$Builder.okHttpClient"));
  }
}
