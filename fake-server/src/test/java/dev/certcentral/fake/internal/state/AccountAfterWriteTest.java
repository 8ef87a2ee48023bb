package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Work handed to {@link Account#afterWrite}: what issuance uses to sign a certificate without
 * holding every other change of the account waiting.
 */
class AccountAfterWriteTest {

  private final Account account = new State(SimulatedClock.system(), Optional.empty()).account(1);
  private final List<String> steps = new CopyOnWriteArrayList<>();

  @Test
  void runsAfterTheWriteBeforeItReturnsWithTheLockReleased() throws Exception {
    String result =
        account.write(
            () -> {
              account.afterWrite(
                  () -> {
                    // Another thread can change the account now: the lock is not held.
                    steps.add(otherThreadWrites());
                  });
              steps.add("work");
              return "result";
            });

    assertThat(result).isEqualTo("result");
    assertThat(steps).containsExactly("work", "another thread wrote");
  }

  @Test
  void aNestedWriteLeavesItsWorkToTheOutermost() {
    account.write(
        () -> {
          account.write(() -> account.afterWrite(() -> steps.add("after")));
          steps.add("outer work goes on");
        });

    assertThat(steps).containsExactly("outer work goes on", "after");
  }

  @Test
  void runsWhenTheWorkFailsAfterItWasHandedOver() {
    assertThatThrownBy(
            () ->
                account.write(
                    () -> {
                      account.afterWrite(() -> steps.add("after"));
                      throw new IllegalStateException("refused");
                    }))
        .hasMessage("refused");

    assertThat(steps).containsExactly("after");
  }

  @Test
  void workHandedOverByWorkRunsToo() {
    account.write(
        () ->
            account.afterWrite(
                () -> account.write(() -> account.afterWrite(() -> steps.add("second")))));

    assertThat(steps).containsExactly("second");
  }

  @Test
  void eachWriteRunsOnlyWhatItWasHanded() {
    account.write(() -> account.afterWrite(() -> steps.add("first")));
    account.write(() -> steps.add("second write"));

    assertThat(steps).containsExactly("first", "second write");
  }

  private String otherThreadWrites() {
    try {
      return CompletableFuture.supplyAsync(() -> account.write(() -> "another thread wrote"))
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("another thread could not write: the lock is still held", e);
    }
  }
}
