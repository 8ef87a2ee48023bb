package dev.certcentral.http;

import static dev.certcentral.http.Wiring.KEY;
import static dev.certcentral.http.Wiring.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.OkHttpClient;

/**
 * For any redirect status and any {@code Location}, no request reaches a second origin: neither the
 * key nor a write's body ever leaves the origin the client was configured with.
 */
class RedirectProperties {

  private static final String REQUEST_JSON =
      "{\"id\": 9, \"date\": \"2030-01-01T00:00:00+00:00\", \"type\": \"revoke\", \"status\":"
          + " \"pending\"}";

  private static MockWebServer origin;
  private static MockWebServer elsewhere;
  private static final List<RecordedRequest> arrivedElsewhere = new CopyOnWriteArrayList<>();
  private static OkHttpClient followingClient;

  /** The origin the client is configured with; a redirect points somewhere. */
  enum Target {
    OTHER_PORT,
    OTHER_HOST_NAME,
    SCHEME_RELATIVE,
    OTHER_SCHEME,
    SAME_ORIGIN_PATH,
    RELATIVE_PATH,
    KEY_IN_QUERY
  }

  @BeforeContainer
  static void start() throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    origin = NoDelayServerSockets.mockWebServer();
    origin.start(loopback, 0);
    elsewhere = NoDelayServerSockets.mockWebServer();
    // Answers as a willing CertCentral would, so a followed redirect would look like a success.
    elsewhere.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            arrivedElsewhere.add(request);
            return new MockResponse.Builder().code(201).body(REQUEST_JSON).build();
          }
        });
    elsewhere.start(loopback, 0);
    // A user's shared client that follows redirects: the client must override that.
    followingClient =
        new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
  }

  @AfterContainer
  static void stop() {
    followingClient.dispatcher().executorService().shutdown();
    origin.close();
    elsewhere.close();
  }

  @Property(tries = 120)
  void noRedirectIsEverFollowed(
      @ForAll("redirects") int status,
      @ForAll Target target,
      @ForAll("calls") int call,
      @ForAll boolean sharedOkHttp) {
    String location = location(target);
    origin.enqueue(new MockResponse.Builder().code(status).setHeader("Location", location).build());
    int before = origin.getRequestCount();
    int arrivedBefore = arrivedElsewhere.size();
    CertCentralClient.Builder builder =
        Wiring.client(origin, new ManualTime()).retryPolicy(RetryPolicy.none());
    if (sharedOkHttp) {
      builder.okHttpClient(followingClient);
    }

    CertCentralException failure;
    try (CertCentralClient client = builder.build()) {
      failure = failureOf(() -> CALLS.get(call).accept(client));
    }

    assertThat(arrivedElsewhere.subList(arrivedBefore, arrivedElsewhere.size())).isEmpty();
    assertThat(origin.getRequestCount() - before).isEqualTo(1);
    assertThat(failure)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("HTTP " + status)
        .hasMessageContaining("Location")
        .hasMessageNotContaining(KEY);
    assertThat(failure.httpStatus()).hasValue(status);
    if (target != Target.KEY_IN_QUERY) {
      assertThat(failure.getMessage()).contains(location);
    }
  }

  private static String location(Target target) {
    int port = elsewhere.getPort();
    switch (target) {
      case OTHER_PORT:
        return "http://127.0.0.1:" + port + "/services/v2/request/9";
      case OTHER_HOST_NAME:
        return "http://localhost:" + port + "/services/v2/request/9";
      case SCHEME_RELATIVE:
        return "//127.0.0.1:" + port + "/services/v2/request/9";
      case OTHER_SCHEME:
        return "https://127.0.0.1:" + port + "/services/v2/request/9";
      case SAME_ORIGIN_PATH:
        return origin.url("/services/v2/request/9").toString();
      case RELATIVE_PATH:
        return "request/9";
      case KEY_IN_QUERY:
        return "http://127.0.0.1:" + port + "/collect?key=" + KEY;
      default:
        throw new IllegalArgumentException(target.name());
    }
  }

  private static final List<Consumer<CertCentralClient>> CALLS =
      List.of(
          c -> c.certCentral().getRequest(new RequestId(9)),
          c -> c.certCentral().listRequests(),
          c -> c.certCentral().revokeOrderCertificates(new OrderId(1), "Key compromised", false),
          c -> c.certCentral().cancelOrder(new OrderId(1), "not needed"));

  @Provide
  Arbitrary<Integer> redirects() {
    return Arbitraries.integers().between(300, 308);
  }

  @Provide
  Arbitrary<Integer> calls() {
    return Arbitraries.integers().between(0, CALLS.size() - 1);
  }
}
