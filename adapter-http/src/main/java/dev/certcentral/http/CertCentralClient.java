package dev.certcentral.http;

import com.squareup.moshi.Moshi;
import dev.certcentral.core.service.CertCentralService;
import dev.certcentral.core.service.Sleeper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The entry point: DigiCert CertCentral's whole certificate life over its HTTP API, from placing an
 * order through DCV, issuance, download and reissue to cancel and revoke.
 *
 * <pre>{@code
 * try (CertCentralClient client = CertCentralClient.builder().fromEnvironment().build()) {
 *   client.cancelOrder(new CancelOrderCommand(new OrderId(123), "not needed"));
 * }
 * }</pre>
 *
 * <p>Thread-safe; build one per API key and share it. The key goes only into the {@code
 * X-DC-DEVKEY} header of calls to the base URL's origin: redirects are never followed, plain {@code
 * http} is accepted only to loopback (or through {@link
 * Builder#allowInsecurePlainHttpToNonLoopbackHost()}), and the key is redacted from every message,
 * log line and {@link #toString()}, also where an answer quotes it.
 */
public final class CertCentralClient extends CertCentralService implements AutoCloseable {

  /** The environment variable {@link Builder#fromEnvironment()} reads the key from. */
  public static final String API_KEY_VARIABLE = "DIGICERT_API_KEY";

  /** The environment variable {@link Builder#fromEnvironment()} reads a base URL from. */
  public static final String BASE_URL_VARIABLE = "DIGICERT_BASE_URL";

  private static final Logger WIRE = LoggerFactory.getLogger("dev.certcentral.http.wire");
  private static final Logger LOG = LoggerFactory.getLogger(CertCentralClient.class);

  private final String baseUrl;
  private final HttpCertCentral certCentral;
  private final OkHttpClient okHttp;
  private final boolean ownsOkHttp;

  /** The parts a client is made of, wired before the use cases are. */
  private record Parts(
      String baseUrl, OkHttpClient okHttp, boolean ownsOkHttp, HttpCertCentral certCentral) {}

  private CertCentralClient(Builder builder, Parts parts) {
    super(parts.certCentral(), builder.clock, builder.sleeper);
    this.baseUrl = parts.baseUrl();
    this.okHttp = parts.okHttp();
    this.ownsOkHttp = parts.ownsOkHttp();
    this.certCentral = parts.certCentral();
  }

  private static Parts wire(Builder builder, String apiKey, String baseUrl) {
    KeyRedaction redaction = new KeyRedaction(apiKey);
    boolean ownsOkHttp = builder.okHttpClient == null;
    OkHttpClient.Builder http =
        (ownsOkHttp ? new OkHttpClient.Builder() : builder.okHttpClient.newBuilder())
            // OkHttp would silently repeat a write on some connection failures: the executor
            // decides what may be repeated.
            .retryOnConnectionFailure(false)
            // CertCentral's API does not redirect, and OkHttp would send X-DC-DEVKEY (and a
            // write's body) to wherever a redirect points: a 3xx is reported, never followed.
            .followRedirects(false)
            .followSslRedirects(false)
            .connectTimeout(builder.connectTimeout)
            .callTimeout(builder.attemptTimeout)
            .readTimeout(builder.attemptTimeout)
            .writeTimeout(builder.attemptTimeout)
            .addInterceptor(new ApiKeyInterceptor(apiKey));
    if (builder.wireLogging != WireLogging.NONE) {
      // Every line is redacted, so the key is hidden in the X-DC-DEVKEY header line and wherever
      // an answer echoes it.
      Consumer<String> sink = builder.wireSink;
      HttpLoggingInterceptor logging =
          new HttpLoggingInterceptor(line -> sink.accept(redaction.redact(line)));
      logging.setLevel(HttpLoggingInterceptor.Level.valueOf(builder.wireLogging.name()));
      http.addNetworkInterceptor(logging);
    }
    OkHttpClient okHttp = http.build();
    Moshi moshi = new Moshi.Builder().add(new IdTextAdapter()).build();
    CertCentralApi api =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(okHttp)
            .addConverterFactory(MoshiConverterFactory.create(moshi))
            .build()
            .create(CertCentralApi.class);
    JsonDecoder decoder = new JsonDecoder(moshi, redaction);
    Optional<ClientRateLimiter> limiter =
        builder.clientRateLimit
            ? Optional.of(new ClientRateLimiter(builder.clock, builder.sleeper))
            : Optional.empty();
    CallExecutor executor =
        new CallExecutor(
            builder.retryPolicy,
            builder.callTimeout,
            builder.clock,
            builder.sleeper,
            builder.random,
            limiter,
            new ErrorMapping(decoder, redaction));
    return new Parts(baseUrl, okHttp, ownsOkHttp, new HttpCertCentral(api, executor, decoder));
  }

  /** Starts configuring a client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The outbound ports this client implements, for code written against core's ports: {@link
   * dev.certcentral.core.port.out.CertCentral}.
   */
  public HttpCertCentral certCentral() {
    return certCentral;
  }

  /** The base URL calls go to. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The OkHttp client calls go through, for tests of what {@link #close()} releases. */
  OkHttpClient okHttp() {
    return okHttp;
  }

  /** Releases the connection pool and threads, unless the OkHttp client was shared in. */
  @Override
  public void close() {
    if (ownsOkHttp) {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "CertCentralClient{baseUrl=" + baseUrl + ", apiKey=<redacted>}";
  }

  /** Configures a {@link CertCentralClient}; {@link #build()} checks everything at once. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl = Region.US.baseUrl();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration attemptTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(90);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private boolean clientRateLimit;
    private OkHttpClient okHttpClient;
    private WireLogging wireLogging = WireLogging.NONE;
    private Consumer<String> wireSink = WIRE::debug;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = new SecureRandom()::nextDouble;
    private boolean allowPlainHttpBeyondLoopback;
    private Consumer<String> warningSink = LOG::warn;

    private Builder() {}

    /** The API key (required); sent as {@code X-DC-DEVKEY}. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Reads the key from {@code DIGICERT_API_KEY} and, if set, the URL from {@code
     * DIGICERT_BASE_URL}.
     */
    public Builder fromEnvironment() {
      return fromEnvironment(System.getenv());
    }

    Builder fromEnvironment(Map<String, String> environment) {
      String key = environment.get(API_KEY_VARIABLE);
      if (key != null && !key.isBlank()) {
        this.apiKey = key.trim();
      }
      String url = environment.get(BASE_URL_VARIABLE);
      if (url != null && !url.isBlank()) {
        this.baseUrl = url.trim();
      }
      return this;
    }

    /** One of DigiCert's regions (the default is {@link Region#US}). */
    public Builder region(Region region) {
      this.baseUrl = Objects.requireNonNull(region, "region").baseUrl();
      return this;
    }

    /**
     * Any base URL, such as a fake server's ({@code http://127.0.0.1:8080/services/v2}). Plain
     * {@code http} is accepted only to loopback; see {@link
     * #allowInsecurePlainHttpToNonLoopbackHost()}.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** How long establishing a connection may take. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** How long one attempt may take in all, connect to last byte. */
    public Builder attemptTimeout(Duration timeout) {
      this.attemptTimeout = timeout;
      return this;
    }

    /**
     * How long one call may take in all, retries and pauses included: no retry starts once it would
     * be reached. Each attempt is also bounded by {@link #attemptTimeout}.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /** When to repeat failed calls; {@link RetryPolicy#none()} to never. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = policy;
      return this;
    }

    /** Waits before calls so this client stays under DigiCert's per-key limits. */
    public Builder clientRateLimit(boolean enabled) {
      this.clientRateLimit = enabled;
      return this;
    }

    /**
     * Shares an OkHttp client's connection pool and dispatcher. Its own settings are kept, except
     * the timeouts set here, and that this client never follows redirects nor retries a failed
     * connection on its own.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = client;
      return this;
    }

    /** Logs exchanges at this level to SLF4J's {@code dev.certcentral.http.wire} at DEBUG. */
    public Builder wireLogging(WireLogging level) {
      this.wireLogging = level;
      return this;
    }

    /** Sends wire log lines here instead of SLF4J. */
    public Builder wireLogSink(Consumer<String> sink) {
      this.wireSink = sink;
      return this;
    }

    /** The clock for retries, rate limits and waits. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How retries, rate limits and waits pause. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Lets {@link #build()} accept a plain {@code http} base URL to a host beyond loopback, such as
     * a fake CertCentral on another machine or in a container. The key then crosses the network in
     * clear text, where anyone on the path can read it: never use this with a real key. The client
     * logs a warning when it is built with such a URL.
     */
    public Builder allowInsecurePlainHttpToNonLoopbackHost() {
      this.allowPlainHttpBeyondLoopback = true;
      return this;
    }

    Builder warningSink(Consumer<String> sink) {
      this.warningSink = sink;
      return this;
    }

    Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException naming every setting that is missing or invalid
     */
    public CertCentralClient build() {
      StringBuilder problems = new StringBuilder();
      if (apiKey == null || apiKey.isBlank()) {
        problems
            .append("; an API key is required: call apiKey(..) or fromEnvironment() with ")
            .append(API_KEY_VARIABLE)
            .append(" set");
      } else if (!apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        problems.append("; the API key holds spaces or characters a header cannot carry");
      }
      String url = BaseUrlCheck.normalised(baseUrl, problems);
      boolean plainHttpBeyondLoopback =
          !url.isEmpty() && BaseUrlCheck.isPlainHttpBeyondLoopback(url);
      if (plainHttpBeyondLoopback && !allowPlainHttpBeyondLoopback) {
        problems
            .append("; the base URL ")
            .append(url)
            .append(" is plain http to a host beyond loopback, so the key would cross the network")
            .append(" in clear text: use https, or call allowInsecurePlainHttpToNonLoopbackHost()")
            .append(" for a fake CertCentral on another machine or in a container");
      }
      requirePositive("connectTimeout", connectTimeout, problems);
      requirePositive("attemptTimeout", attemptTimeout, problems);
      requirePositive("callTimeout", callTimeout, problems);
      require(retryPolicy != null, "retryPolicy must not be null", problems);
      require(wireLogging != null, "wireLogging must not be null", problems);
      require(wireSink != null, "wireLogSink must not be null", problems);
      require(clock != null && sleeper != null, "clock and sleeper must not be null", problems);
      if (problems.length() > 0) {
        throw new IllegalStateException("cannot build CertCentralClient" + problems);
      }
      if (plainHttpBeyondLoopback) {
        warningSink.accept(
            "CertCentralClient sends its API key in clear text to "
                + url
                + " (allowInsecurePlainHttpToNonLoopbackHost() was called): use it only with a"
                + " fake CertCentral's key, never a real one");
      }
      return new CertCentralClient(this, wire(this, apiKey, url));
    }

    private static void requirePositive(String name, Duration value, StringBuilder problems) {
      require(
          value != null && !value.isNegative() && !value.isZero(),
          name + " must be a positive duration",
          problems);
    }

    private static void require(boolean ok, String problem, StringBuilder problems) {
      if (!ok) {
        problems.append("; ").append(problem);
      }
    }
  }
}
