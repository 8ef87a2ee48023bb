package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The control API's shared test against a fake in this JVM, controlled in-process. */
class InProcessControlTest extends FakeControlContract {

  private static FakeCertCentral fake;

  @BeforeAll
  static void start() {
    fake = FakeCertCentral.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @Override
  protected FakeControl control() {
    return fake;
  }

  @Test
  void aFakeStartedWithAPolicyReturnsToItOnReset() {
    DcvPolicy start = DcvPolicy.after(Duration.ofMinutes(5));
    try (FakeCertCentral configured = FakeCertCentral.builder().dcvPolicy(start).start()) {
      assertThat(configured.dcvPolicy()).isEqualTo(start);
      configured.setDcvPolicy(DcvPolicy.never());

      configured.reset();

      assertThat(configured.dcvPolicy()).isEqualTo(start);
    }
  }
}
