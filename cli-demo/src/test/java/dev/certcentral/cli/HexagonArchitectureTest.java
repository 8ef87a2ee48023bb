package dev.certcentral.cli;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The whole hexagon, across every module: this module's classpath sees them all. */
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
}
