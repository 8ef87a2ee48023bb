package dev.certcentral.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.FakeControl;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reset per class: the tests of a class share one state, built up in order. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetPerClassExtensionTest {

  @RegisterExtension
  static final FakeCertCentralExtension FAKE =
      FakeCertCentralExtension.of(FakeCertCentral.builder()).resetPerClass();

  @Test
  @Order(1)
  void theFirstTestStartsFromNothingAndLeavesAnOrder(FakeControl fake) {
    assertThat(fake.state().orderCount()).isZero();
    fake.givenOrder(OrderStatus.ISSUED);
  }

  @Test
  @Order(2)
  void theSecondTestFindsIt(FakeControl fake) {
    assertThat(fake.state().orderCount()).isEqualTo(1);
  }
}
