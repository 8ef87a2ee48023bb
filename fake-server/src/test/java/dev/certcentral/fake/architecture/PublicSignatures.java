package dev.certcentral.fake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The rule that keeps libraries out of a public API: no type of theirs in any public or protected
 * signature (methods, constructors, fields, supertypes, type parameters, throws clauses) of a type
 * a user can reach, nested types included, outside {@code internal} packages.
 */
final class PublicSignatures {

  /** Types a user can name: public, and nested only in types that are public too. */
  static final DescribedPredicate<JavaClass> PUBLICLY_VISIBLE =
      new DescribedPredicate<>("are publicly visible (nested ones included)") {
        @Override
        public boolean test(JavaClass type) {
          Optional<JavaClass> current = Optional.of(type);
          while (current.isPresent()) {
            if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
              return false;
            }
            current = current.get().getEnclosingClass();
          }
          return true;
        }
      };

  private PublicSignatures() {}

  /**
   * The rule over the public types in {@code packages}, outside {@code internal} packages.
   *
   * @param packages where the API lives, as ArchUnit package identifiers
   * @param allowed members allowed to show a hidden type anyway, by full name, each a decision
   *     documented where the member is
   * @param hidden package prefixes whose types must not show
   */
  static ArchRule rule(String packages, Set<String> allowed, String... hidden) {
    return classes()
        .that(PUBLICLY_VISIBLE)
        .and()
        .resideInAPackage(packages)
        .and()
        .resideOutsideOfPackage("..internal..")
        .should(showNoTypeOf(allowed, hidden));
  }

  private static ArchCondition<JavaClass> showNoTypeOf(Set<String> allowed, String... hidden) {
    return new ArchCondition<>("show no type of " + String.join(", ", hidden) + " publicly") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getSuperclass().ifPresent(t -> report(type, "its superclass", t, events));
        type.getInterfaces().forEach(t -> report(type, "its interfaces", t, events));
        type.getTypeParameters().forEach(t -> report(type, "its type parameters", t, events));
        for (JavaField field : type.getFields()) {
          if (visible(field) && !allowed.contains(field.getFullName())) {
            report(type, field.getFullName(), field.getType(), events);
          }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (visible(unit) && !allowed.contains(unit.getFullName())) {
            check(type, unit.getFullName(), unit.getAllInvolvedRawTypes(), events);
            check(type, unit.getFullName(), unit.getExceptionTypes(), events);
          }
        }
      }

      private void report(JavaClass type, String where, JavaType shown, ConditionEvents events) {
        check(type, where, shown.getAllInvolvedRawTypes(), events);
      }

      private void check(
          JavaClass type, String where, Collection<JavaClass> shown, ConditionEvents events) {
        for (JavaClass candidate : shown) {
          for (String prefix : hidden) {
            if (candidate.getName().startsWith(prefix + ".")) {
              events.add(
                  SimpleConditionEvent.violated(
                      type, type.getName() + ": " + where + " shows " + candidate.getName()));
            }
          }
        }
      }
    };
  }

  private static boolean visible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC);
  }
}
