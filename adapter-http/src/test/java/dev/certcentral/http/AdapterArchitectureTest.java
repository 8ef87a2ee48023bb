package dev.certcentral.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** The HTTP adapter's boundaries. */
@AnalyzeClasses(
    packages = "dev.certcentral.http",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

  private static final String[] HIDDEN = {"retrofit2..", "com.squareup.moshi.."};

  @ArchTest
  static final ArchRule noOtherAdapter =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.javalin..", "dev.certcentral.fake..", "dev.certcentral.cli..")
          .because("adapters never import each other");

  @ArchTest
  static final ArchRule noBouncyCastle =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.bouncycastle..")
          .because("the client parses downloads with the JDK only (core's CertificateDownload)");

  @ArchTest
  static final ArchRule onlyTheEntryPointsArePublic =
      classes()
          .that()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .should()
          .haveSimpleNameEndingWith("Client")
          .orShould()
          .haveSimpleName("HttpCertCentral")
          .orShould()
          .haveSimpleName("Region")
          .orShould()
          .haveSimpleName("RetryPolicy")
          .orShould()
          .haveSimpleName("WireLogging");

  @ArchTest
  static final ArchRule publicMethodsShowNoRetrofitOrMoshiType =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .areTopLevelClasses()
          .should(exposeNoneOf(HIDDEN));

  @ArchTest static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  private static ArchCondition<JavaMethod> exposeNoneOf(String... packages) {
    return new ArchCondition<>("expose no type of " + String.join(", ", packages)) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
        types.add(method.getRawReturnType());
        for (JavaClass type : types) {
          for (String pkg : packages) {
            if (type.getPackageName().startsWith(pkg.replace("..", ""))) {
              events.add(
                  SimpleConditionEvent.violated(
                      method, method.getFullName() + " exposes " + type.getName()));
            }
          }
        }
      }
    };
  }
}
