package dev.certcentral.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.http.CertCentralClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One GET validation through {@link CertCentralClient} against the same call made with a raw OkHttp
 * + Moshi, both against the standalone fake in another process, so {@code -prof gc} counts the
 * client's allocations only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m"})
public class ClientOverheadBenchmark {

  private static final String KEY = "test-api-key";

  @Param("fake-server/target/certcentral-fake-server.jar")
  public String fakeJar;

  private Process fake;
  private CertCentralClient client;
  private OkHttpClient raw;
  private Request rawRequest;
  private JsonAdapter<Object> rawAdapter;
  private OrderId orderId;

  @Setup
  public void start() throws IOException {
    fake =
        new ProcessBuilder("java", "-jar", fakeJar, "--port", "0", "--api-key", KEY)
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
    String line;
    String baseUrl = null;
    while ((line = out.readLine()) != null) {
      int at = line.indexOf("listening on ");
      if (at >= 0) {
        baseUrl = line.substring(at + "listening on ".length()).trim();
        break;
      }
    }
    if (baseUrl == null) {
      throw new IOException("the fake did not start");
    }
    raw = new OkHttpClient();
    String root = baseUrl.substring(0, baseUrl.length() - "/services/v2".length());
    try (Response created =
        raw.newCall(
                new Request.Builder()
                    .url(root + "/__fake/orders")
                    .post(
                        RequestBody.create(
                            "{\"status\": \"issued\"}", MediaType.get("application/json")))
                    .build())
            .execute()) {
      Map<?, ?> order =
          (Map<?, ?>)
              new Moshi.Builder().build().adapter(Object.class).fromJson(created.body().source());
      orderId = new OrderId(((Number) order.get("id")).longValue());
    }
    client = CertCentralClient.builder().apiKey(KEY).baseUrl(baseUrl).build();
    rawRequest =
        new Request.Builder()
            .url(baseUrl + "/order/certificate/" + orderId + "/validation")
            .header("X-DC-DEVKEY", KEY)
            .build();
    rawAdapter = new Moshi.Builder().build().adapter(Object.class);
  }

  @TearDown
  public void stop() {
    client.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    fake.destroy();
  }

  @Benchmark
  public OrderValidation client() {
    return client.getValidationStatus(orderId);
  }

  @Benchmark
  public Object rawOkHttpMoshi() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return rawAdapter.fromJson(response.body().source());
    }
  }
}
