package dev.certcentral.fake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
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

/** The fake is an adapter: it may use core, never the HTTP client adapter or its libraries. */
@AnalyzeClasses(packages = "dev.certcentral", importOptions = ImportOption.DoNotIncludeTests.class)
class FakeArchitectureTest {

  @ArchTest
  static final ArchRule noHttpClientAdapter =
      noClasses()
          .that()
          .resideInAPackage("dev.certcentral.fake..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("retrofit2..", "okhttp3..", "dev.certcentral.http..")
          .because("adapters never import each other, and the fake needs no HTTP client");

  @ArchTest
  static final ArchRule storeKnowsNothingOfTheWeb =
      noClasses()
          .that()
          .resideInAPackage("dev.certcentral.fake.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.javalin..",
              "com.squareup.moshi..",
              "dev.certcentral.fake.web..",
              "dev.certcentral.fake.admin..")
          .because("the store is the fake's domain side; routes are only one way in");

  @ArchTest
  static final ArchRule webDoesNotReachIntoAdmin =
      noClasses()
          .that()
          .resideInAPackage("dev.certcentral.fake.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.certcentral.fake.admin..");

  @ArchTest
  static final ArchRule noStandardStreamsOutsideTheMain =
      noClasses()
          .that()
          .resideInAPackage("dev.certcentral.fake..")
          .and()
          .doNotHaveSimpleName("FakeCertCentralMain")
          .should(ACCESS_STANDARD_STREAMS)
          .because("library code logs through SLF4J");

  @ArchTest
  static final ArchRule bouncyCastleStaysInTheTestCa =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.certcentral.fake.internal.ca..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.bouncycastle..")
          .because("only the fake's test CA signs; everything else sees JDK and core types");

  @ArchTest
  static final ArchRule theTestCaSpeaksJdkAndCoreTypes =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("dev.certcentral.fake.internal.ca..")
          .should(
              new ArchCondition<JavaMethod>("take and return no BouncyCastle type") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
                  types.add(method.getRawReturnType());
                  for (JavaClass type : types) {
                    if (type.getPackageName().startsWith("org.bouncycastle")) {
                      events.add(
                          SimpleConditionEvent.violated(
                              method, method.getFullName() + " exposes " + type.getName()));
                    }
                  }
                }
              });

  @ArchTest static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
