package dev.certcentral.openapi.check.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between what the real CertCentral and the fake answered to the same read-only
 * calls. Calls are paired by name; a call only one side made (the real account had an expired
 * order, the fake had none) is listed as unpaired, not as a difference. For each pair it compares
 * the status, and when both statuses agree, every JSON pointer: present on one side only, or with
 * other types.
 */
public final class ShapeComparison {

  private final List<Observation> real;
  private final List<Observation> fake;
  private final List<ShapeDifference> differences = new ArrayList<>();
  private final List<String> unpaired = new ArrayList<>();

  private ShapeComparison(List<Observation> real, List<Observation> fake) {
    this.real = List.copyOf(real);
    this.fake = List.copyOf(fake);
    Map<String, Observation> fakeByCall = byCall(this.fake);
    Map<String, Observation> realByCall = byCall(this.real);
    for (Observation mine : this.real) {
      Observation theirs = fakeByCall.get(mine.call());
      if (theirs == null) {
        unpaired.add(mine.call() + ": only the real CertCentral had something to call it on");
      } else {
        compare(mine, theirs);
      }
    }
    for (Observation theirs : this.fake) {
      if (!realByCall.containsKey(theirs.call())) {
        unpaired.add(theirs.call() + ": only the fake had something to call it on");
      }
    }
  }

  /**
   * Makes the read-only calls against both CertCentrals, the real one first, and compares their
   * answers.
   */
  public static ShapeComparison between(Target real, Target fake) {
    return of(ReadOnlyCalls.record(real), ReadOnlyCalls.record(fake));
  }

  /** Compares the answers of the real CertCentral with the fake's. */
  public static ShapeComparison of(List<Observation> real, List<Observation> fake) {
    return new ShapeComparison(real, fake);
  }

  /** Every difference, in call order and then pointer order. */
  public List<ShapeDifference> differences() {
    return List.copyOf(differences);
  }

  /** The calls only one side made, each with the side that made it. */
  public List<String> unpaired() {
    return List.copyOf(unpaired);
  }

  /** What the real CertCentral answered, in call order. */
  public List<Observation> real() {
    return real;
  }

  /** The fake's answer to {@code call}, when the fake made that call. */
  public Optional<Observation> fakeAnswer(String call) {
    return Optional.ofNullable(byCall(fake).get(call));
  }

  private void compare(Observation mine, Observation theirs) {
    if (mine.status() != theirs.status()) {
      differences.add(
          new ShapeDifference(
              mine.call(),
              mine.operationId(),
              ShapeDifference.STATUS,
              String.valueOf(mine.status()),
              String.valueOf(theirs.status())));
      return;
    }
    JsonShape a = mine.shape();
    JsonShape b = theirs.shape();
    Set<String> pointers = new TreeSet<>(a.types().keySet());
    pointers.addAll(b.types().keySet());
    for (String pointer : pointers) {
      Set<String> inReal = a.types().get(pointer);
      Set<String> inFake = b.types().get(pointer);
      if (inReal == null && reportAbsence(pointer, b, a)) {
        add(mine, pointer, ShapeDifference.ABSENT, types(inFake));
      } else if (inFake == null && reportAbsence(pointer, a, b)) {
        add(mine, pointer, types(inReal), ShapeDifference.ABSENT);
      } else if (inReal != null && inFake != null && !inReal.equals(inFake)) {
        add(mine, pointer, types(inReal), types(inFake));
      }
    }
  }

  /**
   * Whether a pointer that {@code present} has and {@code missing} lacks is worth a line: not when
   * its parent is missing or differs too (the parent's line says it), nor when it sits in an array
   * that {@code missing} has but only ever empty (nothing shows what its elements would hold).
   */
  private static boolean reportAbsence(String pointer, JsonShape present, JsonShape missing) {
    String parent = parent(pointer);
    if (!pointer.isEmpty()
        && !Objects.equals(present.types().get(parent), missing.types().get(parent))) {
      return false;
    }
    int star = pointer.lastIndexOf("/*");
    if (star >= 0) {
      String array = pointer.substring(0, star);
      return !missing.types().containsKey(array) || missing.hasElements(array);
    }
    return true;
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private void add(Observation call, String pointer, String real, String fake) {
    differences.add(new ShapeDifference(call.call(), call.operationId(), pointer, real, fake));
  }

  private static String types(Set<String> types) {
    return String.join("|", types);
  }

  private static Map<String, Observation> byCall(List<Observation> observations) {
    Map<String, Observation> byCall = new LinkedHashMap<>();
    observations.forEach(o -> byCall.putIfAbsent(o.call(), o));
    return byCall;
  }
}
