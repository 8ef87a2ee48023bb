package dev.certcentral.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hexagon inside core, enforced. */
@AnalyzeClasses(
    packages = "dev.certcentral.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnJavaOnly =
      classes()
          .that()
          .resideInAPackage("dev.certcentral.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dev.certcentral.core..", "java..")
          .because("core must stay free of every third-party library");

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Domain")
          .definedBy("dev.certcentral.core.domain..")
          .layer("Ports")
          .definedBy("dev.certcentral.core.port..")
          .layer("Services")
          .definedBy("dev.certcentral.core.service..")
          .whereLayer("Services")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Ports")
          .mayOnlyBeAccessedByLayers("Services")
          .whereLayer("Domain")
          .mayOnlyBeAccessedByLayers("Ports", "Services");

  @ArchTest
  static final ArchRule inboundPortsAreUseCasesOrCommands =
      classes()
          .that()
          .resideInAPackage("..core.port.in..")
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .haveSimpleNameEndingWith("UseCase")
          .orShould()
          .haveSimpleNameEndingWith("Command")
          .orShould()
          .haveSimpleName("CertCentralUseCases");

  @ArchTest
  static final ArchRule outboundPortsAreInterfaces =
      classes().that().resideInAPackage("..core.port.out..").should().beInterfaces();

  @ArchTest
  static final ArchRule noCycles =
      slices().matching("dev.certcentral.core.(*)..").should().beFreeOfCycles();

  @ArchTest static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
