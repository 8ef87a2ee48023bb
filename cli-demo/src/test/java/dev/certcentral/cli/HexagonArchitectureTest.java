package dev.certcentral.cli;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.certcentral.core.domain.error.CertCentralException;

/**
 * The whole hexagon, across every module: this module's classpath sees them all (the contract kit
 * through its test scope).
 */
@AnalyzeClasses(packages = "dev.certcentral", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonArchitectureTest {

  @ArchTest
  static final ArchRule onion =
      onionArchitecture()
          .domainModels("dev.certcentral.core.domain..")
          .domainServices("dev.certcentral.core.port..")
          .applicationServices("dev.certcentral.core.service..")
          .adapter("http", "dev.certcentral.http..")
          .adapter("fake", "dev.certcentral.fake..")
          // The contract kit stands on core's ports as an adapter does, and on no adapter.
          .adapter("contract kit", "dev.certcentral.contract..")
          // The CLI is the composition root: it wires core, the client and the fake together.
          .ignoreDependency(resideInAPackage("dev.certcentral.cli.."), alwaysTrue())
          .because("core is the centre; the adapters stand on it and never on each other");

  @ArchTest
  static final ArchRule coreUsesOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage("dev.certcentral.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dev.certcentral.core..", "java..");

  @ArchTest
  static final ArchRule oneJsonLibrary =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..", "com.google.gson..", "tools.jackson..")
          .because("Moshi is the project's one JSON library");

  @ArchTest
  static final ArchRule theCliReadsCertificatesWithTheJdk =
      noClasses()
          .that()
          .resideInAPackage("dev.certcentral.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.bouncycastle..")
          .because(
              "BouncyCastle is the fake's test CA's alone (the fake and the client check too)");

  @ArchTest
  static final ArchRule nothingDependsOnTheCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.certcentral.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.certcentral.cli..");

  @ArchTest
  static final ArchRule theCliUsesThePublicClientOnly =
      noClasses()
          .that()
          .resideInAPackage("dev.certcentral.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("retrofit2..", "okhttp3..", "io.javalin..");

  @ArchTest
  static final ArchRule exceptionsLiveInOnePackage =
      classes()
          .that()
          .areAssignableTo(Throwable.class)
          .should()
          .resideInAPackage("dev.certcentral.core.domain.error")
          .andShould()
          .beAssignableTo(CertCentralException.class)
          .because(
              "README's one rule: every exception is a CertCentralException in core.domain.error");

  @ArchTest
  static final ArchRule everyPackageHasPackageInfo =
      classes().should(liveInAPackageWithPackageInfo());

  // javac writes package-info.class for every package-info.java (-Xpkginfo:always, parent POM).
  private static ArchCondition<JavaClass> liveInAPackageWithPackageInfo() {
    return new ArchCondition<>("live in a package with a package-info") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        if (javaClass.getPackage().tryGetPackageInfo().isEmpty()) {
          events.add(
              SimpleConditionEvent.violated(
                  javaClass, javaClass.getPackageName() + " has no package-info.java"));
        }
      }
    };
  }
}
