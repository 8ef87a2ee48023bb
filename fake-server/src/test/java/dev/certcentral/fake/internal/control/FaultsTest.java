package dev.certcentral.fake.internal.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.fake.Fault;
import dev.certcentral.fake.HttpMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which fault a call gets: by method, path and phase, for so many calls, with a probability. */
class FaultsTest {

  private static final String ORDER = "/order/certificate/123";
  private static final boolean BEFORE = false;
  private static final boolean AFTER = true;

  private final Faults faults = new Faults();

  /** Whether each of {@code calls} GETs of the order path draws the fault. */
  private static List<Boolean> hits(Faults faults, int calls) {
    List<Boolean> hits = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      hits.add(faults.next("GET", ORDER, BEFORE).isPresent());
    }
    return hits;
  }

  @Test
  void noFaultMeansNothingToApply() {
    assertThat(faults.isEmpty()).isTrue();
    assertThat(faults.list()).isEmpty();
    assertThat(faults.next("GET", ORDER, BEFORE)).isEmpty();
    assertThat(faults.next("GET", ORDER, AFTER)).isEmpty();
  }

  @Test
  void aFaultMatchesItsMethodPathPrefixAndPhaseOnly() {
    Fault fault = Fault.status(503).on(HttpMethod.PUT, "/order/certificate");
    faults.add(fault);

    assertThat(faults.isEmpty()).isFalse();
    assertThat(faults.list()).containsExactly(fault);
    assertThat(faults.next("PUT", ORDER, BEFORE)).contains(fault);
    assertThat(faults.next("put", "/order/certificate", BEFORE)).contains(fault);
    assertThat(faults.next("GET", ORDER, BEFORE)).as("another method").isEmpty();
    assertThat(faults.next("PUT", "/request/1", BEFORE)).as("another path").isEmpty();
    assertThat(faults.next("PUT", "/order", BEFORE)).as("a shorter path").isEmpty();
    assertThat(faults.next("PUT", ORDER, AFTER)).as("after handling").isEmpty();
  }

  @Test
  void anAfterHandlingFaultAppliesOnlyAfterHandling() {
    Fault drop = Fault.drop().on(HttpMethod.ANY, "").afterHandling();
    faults.add(drop);

    assertThat(faults.next("DELETE", ORDER, BEFORE)).isEmpty();
    assertThat(faults.next("DELETE", ORDER, AFTER)).contains(drop);
  }

  @Test
  void theFirstMatchingFaultInTheOrderAddedWins() {
    Fault first = Fault.status(500).on(HttpMethod.GET, "/order");
    Fault second = Fault.status(429);
    faults.add(first);
    faults.add(second);

    assertThat(faults.next("GET", ORDER, BEFORE)).contains(first);
    assertThat(faults.next("POST", ORDER, BEFORE)).contains(second);
  }

  @Test
  void aLimitedFaultRetiresAfterItsTimesAndAnUnlimitedOneStays() {
    Fault twice = Fault.status(503).on(HttpMethod.GET).times(2);
    Fault always = Fault.delay(Duration.ofMillis(5)).on(HttpMethod.POST);
    faults.add(twice);
    faults.add(always);

    assertThat(faults.next("GET", ORDER, BEFORE)).contains(twice);
    assertThat(faults.list()).containsExactly(twice, always);
    assertThat(faults.next("GET", ORDER, BEFORE)).contains(twice);
    assertThat(faults.list()).containsExactly(always);
    assertThat(faults.next("GET", ORDER, BEFORE)).isEmpty();
    for (int i = 0; i < 5; i++) {
      assertThat(faults.next("POST", ORDER, BEFORE)).contains(always);
    }
    assertThat(faults.list()).containsExactly(always);
    assertThat(faults.isEmpty()).isFalse();
  }

  @Test
  void whenTheLastLimitedFaultRetiresThereIsNoneLeft() {
    faults.add(Fault.status(500).times(1));

    assertThat(faults.next("GET", ORDER, BEFORE)).isPresent();

    assertThat(faults.isEmpty()).isTrue();
    assertThat(faults.list()).isEmpty();
    assertThat(faults.next("GET", ORDER, BEFORE)).isEmpty();
  }

  @Test
  void clearingRemovesEveryFault() {
    faults.add(Fault.status(500));
    faults.add(Fault.drop());

    faults.clear();

    assertThat(faults.isEmpty()).isTrue();
    assertThat(faults.list()).isEmpty();
    assertThat(faults.next("GET", ORDER, BEFORE)).isEmpty();
  }

  @Test
  void aProbableFaultHitsAboutThatShareOfCalls() {
    // Seeded, so the counts are the same on every run; the bounds are loose all the same.
    Faults likely = new Faults();
    likely.add(Fault.status(429).probability(0.9).seed(7));
    Faults unlikely = new Faults();
    unlikely.add(Fault.status(429).probability(0.1).seed(7));

    assertThat(hits(likely, 200).stream().filter(hit -> hit).count()).isBetween(160L, 196L);
    assertThat(hits(unlikely, 200).stream().filter(hit -> hit).count()).isBetween(4L, 40L);
  }

  @Test
  void aSeedRepeatsTheRunWhenTheFaultIsAddedAgain() {
    Fault seeded = Fault.status(429).probability(0.5).seed(42);
    faults.add(seeded);
    List<Boolean> firstRun = hits(faults, 40);

    faults.clear();
    faults.add(seeded);
    List<Boolean> secondRun = hits(faults, 40);

    Faults elsewhere = new Faults();
    elsewhere.add(seeded);
    assertThat(secondRun).isEqualTo(firstRun).isEqualTo(hits(elsewhere, 40));
  }

  @Test
  void aCertainFaultDrawsNothingSoProbableFaultsRepeatWhateverElseIsCalled() {
    Fault seeded = Fault.status(429).on(HttpMethod.GET).probability(0.5).seed(42);
    Faults alone = new Faults();
    alone.add(seeded);
    faults.add(seeded);
    Fault certain = Fault.status(500).on(HttpMethod.POST);
    faults.add(certain);

    List<Boolean> interleaved = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      assertThat(faults.next("POST", ORDER, BEFORE)).contains(certain);
      interleaved.add(faults.next("GET", ORDER, BEFORE).isPresent());
    }

    assertThat(interleaved).isEqualTo(hits(alone, 40));
  }

  @Test
  void aProbableLimitedFaultSpendsItsTimesOnlyOnHits() {
    faults.add(Fault.status(503).probability(0.5).seed(3).times(3));

    List<Boolean> hits = hits(faults, 200);

    assertThat(hits.stream().filter(hit -> hit).count()).isEqualTo(3);
    assertThat(faults.isEmpty()).isTrue();
    assertThat(faults.next("GET", ORDER, BEFORE)).isEqualTo(Optional.empty());
  }
}
