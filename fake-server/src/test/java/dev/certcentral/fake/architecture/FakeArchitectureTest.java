package dev.certcentral.fake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
import java.util.Set;

/**
 * The fake is an adapter: it may use core, never the HTTP client adapter or its libraries. Its
 * public surface is a short list of types that speak JDK and core types only; behind it, the state
 * knows nothing of the web, the plumbing knows no resource, and no package cycle forms.
 */
@AnalyzeClasses(packages = "dev.certcentral", importOptions = ImportOption.DoNotIncludeTests.class)
class FakeArchitectureTest {

  /** Every public type of the fake; a new one is a decision, made here. */
  static final Set<String> PUBLIC_API =
      Set.of(
          "dev.certcentral.fake.FakeCertCentral",
          "dev.certcentral.fake.FakeCertCentral$Builder",
          "dev.certcentral.fake.FakeControl",
          "dev.certcentral.fake.FakeControlClient",
          "dev.certcentral.fake.FakeState",
          "dev.certcentral.fake.OrderSpec",
          "dev.certcentral.fake.KeySpec",
          "dev.certcentral.fake.KeyRole",
          "dev.certcentral.fake.Fault",
          "dev.certcentral.fake.DcvPolicy",
          "dev.certcentral.fake.DcvPolicy$Kind",
          "dev.certcentral.fake.HttpMethod",
          "dev.certcentral.fake.RecordedCall",
          "dev.certcentral.fake.CallCount",
          "dev.certcentral.fake.junit.FakeCertCentralExtension");

  /** Every resource's package: each may use another only along the domain's direction. */
  static final String[] RESOURCES = {
    "dev.certcentral.fake.internal.orders..",
    "dev.certcentral.fake.internal.requests..",
    "dev.certcentral.fake.internal.products..",
    "dev.certcentral.fake.internal.placement..",
    "dev.certcentral.fake.internal.dcv..",
    "dev.certcentral.fake.internal.certificates..",
    "dev.certcentral.fake.internal.reissue.."
  };

  private static String[] and(String[] packages, String... more) {
    List<String> all = new ArrayList<>(List.of(packages));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** The fake's libraries, none of which may show in its public API. */
  static final ArchRule publicApiShowsNoLibraryType =
      PublicSignatures.rule(
          "dev.certcentral.fake..",
          Set.of(),
          "io.javalin",
          "org.eclipse.jetty",
          "jakarta.servlet",
          "com.squareup.moshi",
          "okio",
          "org.bouncycastle");

  @ArchTest static final ArchRule thePublicApiShowsNoLibraryType = publicApiShowsNoLibraryType;

  @ArchTest
  static final ArchRule theFakesPublicTypesAreTheListedOnes =
      classes()
          .that(PublicSignatures.PUBLICLY_VISIBLE)
          .and()
          .resideInAPackage("dev.certcentral.fake..")
          .and()
          .resideOutsideOfPackage("..internal..")
          .should(
              new ArchCondition<>("be one of the listed public API types") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                  if (!PUBLIC_API.contains(type.getName())) {
                    events.add(
                        SimpleConditionEvent.violated(
                            type, type.getName() + " is public but not in PUBLIC_API"));
                  }
                }
              });

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
  static final ArchRule theStateKnowsNothingOfTheWeb =
      noClasses()
          .that()
          .resideInAnyPackage("dev.certcentral.fake.internal.state..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              and(
                  RESOURCES,
                  "io.javalin..",
                  "org.eclipse.jetty..",
                  "com.squareup.moshi..",
                  "dev.certcentral.fake.internal.http..",
                  "dev.certcentral.fake.internal.admin.."))
          .because("the state is the fake's domain side; routes are only one way in");

  @ArchTest
  static final ArchRule theControlPlanesStateKnowsNothingOfTheWeb =
      noClasses()
          .that()
          .resideInAPackage("dev.certcentral.fake.internal.control..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.javalin..", "org.eclipse.jetty..", "dev.certcentral.fake.internal.http..");

  @ArchTest
  static final ArchRule thePlumbingKnowsNoResource =
      noClasses()
          .that()
          .resideInAPackage("dev.certcentral.fake.internal.http..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(RESOURCES)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("dev.certcentral.fake.internal.admin..")
          .because("every resource gets the same plumbing; a new one needs no change there");

  @ArchTest
  static final ArchRule resourcesNeverReachTheControlApi =
      noClasses()
          .that()
          .resideInAnyPackage(RESOURCES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.certcentral.fake.internal.admin..");

  @ArchTest
  static final ArchRule theInsideIsFreeOfCycles =
      slices()
          .matching("dev.certcentral.fake.internal.(*)..")
          .should()
          .beFreeOfCycles()
          .because("resources depend on each other one way only (a request is about an order)");

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
          // The fake's own classes: the contract kit on the test classpath makes its own CSRs.
          .resideInAPackage("dev.certcentral.fake..")
          .and()
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
