package dev.certcentral.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The HTTP adapter's boundaries. */
@AnalyzeClasses(
    packages = "dev.certcentral.http",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

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

  /**
   * No type of the client's libraries in any public or protected signature (methods, constructors,
   * fields, supertypes, type parameters, throws clauses) of a type a user can reach, nested types
   * included. One deliberate exception, documented in README (Versions and compatibility): a user
   * may hand in their own {@code OkHttpClient}.
   */
  static final ArchRule publicApiShowsNoLibraryType =
      classes()
          .that(
              DescribedPredicate.describe(
                  "are publicly visible (nested ones included)",
                  AdapterArchitectureTest::publiclyVisible))
          .should(
              showNoTypeOf(
                  Set.of(
                      "dev.certcentral.http.CertCentralClient$Builder.okHttpClient(okhttp3.OkHttpClient)"),
                  "retrofit2",
                  "okhttp3",
                  "com.squareup.moshi",
                  "okio"));

  @ArchTest static final ArchRule thePublicApiShowsNoLibraryType = publicApiShowsNoLibraryType;

  @ArchTest static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  /** Whether a user can name the type: public, and nested only in types public too. */
  private static boolean publiclyVisible(JavaClass type) {
    return type.getModifiers().contains(JavaModifier.PUBLIC)
        && type.getEnclosingClass().map(AdapterArchitectureTest::publiclyVisible).orElse(true);
  }

  // The same rule guards fake-server's API (its architecture.PublicSignatures); modules share no
  // test code, so each holds its copy.
  private static ArchCondition<JavaClass> showNoTypeOf(Set<String> allowed, String... hidden) {
    return new ArchCondition<>("show no type of " + String.join(", ", hidden) + " publicly") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Map<String, Set<JavaClass>> shown = new LinkedHashMap<>();
        type.getSuperclass()
            .ifPresent(t -> shown.put("its superclass", t.getAllInvolvedRawTypes()));
        type.getInterfaces()
            .forEach(t -> shown.put("its interface " + t.getName(), t.getAllInvolvedRawTypes()));
        type.getTypeParameters()
            .forEach(
                t -> shown.put("its type parameter " + t.getName(), t.getAllInvolvedRawTypes()));
        for (JavaField field : type.getFields()) {
          if (visible(field)) {
            shown.put(field.getFullName(), field.getType().getAllInvolvedRawTypes());
          }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (visible(unit)) {
            Set<JavaClass> types = new HashSet<>(unit.getAllInvolvedRawTypes());
            types.addAll(unit.getExceptionTypes());
            shown.put(unit.getFullName(), types);
          }
        }
        shown.forEach(
            (where, types) -> {
              for (JavaClass candidate : types) {
                for (String prefix : hidden) {
                  if (candidate.getName().startsWith(prefix + ".") && !allowed.contains(where)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            type, type.getName() + ": " + where + " shows " + candidate.getName()));
                  }
                }
              }
            });
      }
    };
  }

  private static boolean visible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC);
  }
}
