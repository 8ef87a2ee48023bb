package dev.certcentral.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/** Racing writes on one order: exactly one wins, none is lost or doubled. */
class ConcurrencyTest {

  private static final int THREADS = 16;

  private FakeCertCentral fake;
  private Http http;
  private ExecutorService pool;

  @BeforeEach
  void start() {
    fake = FakeCertCentral.start();
    http = Http.of(fake);
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    fake.close();
  }

  @RepeatedTest(3)
  void concurrentCancelsOfOneOrderSucceedOnce() throws Exception {
    OrderId id = fake.givenOrder(OrderStatus.PENDING);

    List<Integer> statuses =
        race(
            () ->
                http.put(
                        "/order/certificate/" + id + "/status",
                        fake.apiKey(),
                        "{\"status\": \"CANCELED\", \"note\": \"race\"}")
                    .status());

    assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 400).hasSize(THREADS - 1);
    assertThat(fake.certCentral().getOrder(id).status()).isEqualTo(OrderStatus.CANCELED);
  }

  @RepeatedTest(3)
  void concurrentRevokesOfOneOrderCreateOneRequest() throws Exception {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);

    List<Integer> statuses =
        race(
            () ->
                http.put(
                        "/order/certificate/" + id + "/revoke",
                        fake.apiKey(),
                        "{\"comments\": \"r\"}")
                    .status());

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(fake.certCentral().listRequests()).hasSize(1);
  }

  @RepeatedTest(3)
  void concurrentApprovalsAndRejectionsDecideOnce() throws Exception {
    OrderId id = fake.givenOrder(OrderStatus.ISSUED);
    long requestId =
        ((Number)
                http.put(
                        "/order/certificate/" + id + "/revoke",
                        fake.apiKey(),
                        "{\"comments\": \"r\"}")
                    .json()
                    .get("id"))
            .longValue();
    int[] turn = {0};

    List<Integer> statuses =
        race(
            () -> {
              String decision;
              synchronized (turn) {
                decision = turn[0]++ % 2 == 0 ? "approved" : "rejected";
              }
              return http.put(
                      "/request/" + requestId + "/status",
                      fake.apiKey(),
                      "{\"status\": \"" + decision + "\"}")
                  .status();
            });

    assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
    RequestStatus decided =
        fake.certCentral()
            .getRequest(new dev.certcentral.core.domain.RequestId(requestId))
            .status();
    OrderStatus order = fake.certCentral().getOrder(id).status();
    assertThat(order)
        .isEqualTo(decided == RequestStatus.APPROVED ? OrderStatus.REVOKED : OrderStatus.ISSUED);
  }

  private List<Integer> race(Callable<Integer> call) throws Exception {
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                go.await();
                return call.call();
              }));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> future : futures) {
      statuses.add(future.get(30, TimeUnit.SECONDS));
    }
    return statuses;
  }
}
