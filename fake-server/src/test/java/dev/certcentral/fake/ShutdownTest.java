package dev.certcentral.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping drains: calls in flight finish within the grace period, new ones are refused. */
class ShutdownTest {

  private static final int HELD = 8;

  @Test
  void callsInFlightFinishAndNewOnesAreRefused() throws Exception {
    FakeCertCentral fake = FakeCertCentral.builder().shutdownGrace(Duration.ofSeconds(10)).start();
    try {
      List<OrderId> orders = new ArrayList<>();
      for (int i = 0; i < HELD; i++) {
        orders.add(fake.givenOrder(OrderStatus.PENDING));
      }
      fake.inject(held(Duration.ofMillis(1500), HELD));
      Http http = Http.of(fake);
      List<CompletableFuture<Http.Response>> cancels = new ArrayList<>();
      for (OrderId order : orders) {
        cancels.add(CompletableFuture.supplyAsync(() -> cancel(http, fake, order)));
      }
      Await.until(
          "every call is held in the fake", Duration.ofSeconds(10), () -> fake.faults().isEmpty());

      CompletableFuture<Void> closing = CompletableFuture.runAsync(fake::close);
      Await.until("a new call is refused", Duration.ofSeconds(5), () -> isRefused(http, fake));

      for (CompletableFuture<Http.Response> cancel : cancels) {
        assertThat(cancel.get(20, TimeUnit.SECONDS).status()).isEqualTo(204);
      }
      closing.get(20, TimeUnit.SECONDS);
      assertThat(orders)
          .allSatisfy(
              o ->
                  assertThat(fake.certCentral().getOrder(o).status())
                      .isEqualTo(OrderStatus.CANCELED));
    } finally {
      fake.close();
    }
  }

  @Test
  void theGraceIsBounded() throws Exception {
    FakeCertCentral fake = FakeCertCentral.builder().shutdownGrace(Duration.ofMillis(100)).start();
    try {
      OrderId order = fake.givenOrder(OrderStatus.PENDING);
      fake.inject(held(Duration.ofSeconds(60), 1));
      Http http = Http.of(fake);
      CompletableFuture<Http.Response> cancel =
          CompletableFuture.supplyAsync(() -> cancel(http, fake, order));
      Await.until(
          "the call is held in the fake", Duration.ofSeconds(10), () -> fake.faults().isEmpty());

      CompletableFuture.runAsync(fake::close).get(20, TimeUnit.SECONDS);

      assertThatThrownBy(() -> cancel.get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(UncheckedIOException.class);
    } finally {
      fake.close();
    }
  }

  private static Fault held(Duration delay, int calls) {
    return Fault.delay(delay).on(HttpMethod.PUT, "/order/certificate").times(calls);
  }

  private static Http.Response cancel(Http http, FakeCertCentral fake, OrderId order) {
    return http.put(
        "/order/certificate/" + order + "/status",
        fake.apiKey(),
        "{\"status\": \"canceled\", \"note\": \"n\"}");
  }

  private static boolean isRefused(Http http, FakeCertCentral fake) {
    try {
      return http.get("/request", fake.apiKey()).status() == 503;
    } catch (UncheckedIOException e) {
      return true;
    }
  }
}
