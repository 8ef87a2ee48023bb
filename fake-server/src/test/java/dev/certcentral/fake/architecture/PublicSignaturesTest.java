package dev.certcentral.fake.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.certcentral.fake.architecture.planted.LeakyApi;
import org.junit.jupiter.api.Test;

/** The public-signature rule catches a leak through a nested type, as it must. */
class PublicSignaturesTest {

  @Test
  void aJavalinTypeInANestedBuildersMethodIsCaught() {
    JavaClasses planted =
        new ClassFileImporter().importClasses(LeakyApi.class, LeakyApi.Builder.class);

    EvaluationResult result = FakeArchitectureTest.publicApiShowsNoLibraryType.evaluate(planted);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .singleElement()
        .asString()
        .contains("LeakyApi$Builder")
        .contains("from(io.javalin.http.Context)")
        .contains("shows io.javalin.http.Context");
  }
}
