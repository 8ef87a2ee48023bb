package dev.certcentral.fake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
}
