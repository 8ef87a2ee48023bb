package dev.certcentral.http;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.TransportException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import dev.certcentral.core.service.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one API call: waits for the rate limit, sends, reads a bounded body, and retries only when
 * the failure proves CertCentral did not act.
 *
 * <p>A hand-written loop rather than Failsafe or resilience4j: both sleep for real in their
 * synchronous executors, and the retry rules here must be tested on an injected clock and sleeper
 * without waiting.
 */
final class CallExecutor {

  /** Answers larger than this are refused rather than buffered. */
  static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

  private final RetryPolicy policy;
  private final Duration callTimeout;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final Optional<ClientRateLimiter> rateLimiter;
  private final ErrorMapping errors;

  CallExecutor(
      RetryPolicy policy,
      Duration callTimeout,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier random,
      Optional<ClientRateLimiter> rateLimiter,
      ErrorMapping errors) {
    this.policy = policy;
    this.callTimeout = callTimeout;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.rateLimiter = rateLimiter;
    this.errors = errors;
  }

  /**
   * Executes the call and returns its successful answer.
   *
   * @param name the call, for messages ({@code "PUT /order/certificate/5/revoke"})
   * @param call makes a fresh Retrofit call for each attempt
   * @param idempotency whether an ambiguous failure may be retried
   * @return the successful answer; no retry starts once {@code callTimeout} would be reached
   */
  RawAnswer execute(String name, Supplier<Call<ResponseBody>> call, Idempotency idempotency) {
    Instant start = clock.instant();
    for (int attempt = 1; ; attempt++) {
      rateLimiter.ifPresent(ClientRateLimiter::acquire);
      CertCentralException failure;
      Optional<Duration> serverPause = Optional.empty();
      try {
        RawAnswer answer = send(call.get());
        if (answer.isSuccess()) {
          return answer;
        }
        failure = errors.toException(answer, name);
        if (!retryable(answer.status(), idempotency)) {
          throw failure;
        }
        serverPause = answer.retryAfter();
      } catch (IOException e) {
        failure = transportFailure(name, e, idempotency);
        if (!(e instanceof ConnectException) && idempotency == Idempotency.UNSAFE) {
          throw failure;
        }
      }
      Duration pause = policy.backoff(attempt, random.getAsDouble());
      if (serverPause.isPresent() && serverPause.get().compareTo(pause) > 0) {
        pause =
            serverPause.get().compareTo(policy.maxBackoff()) > 0
                ? policy.maxBackoff()
                : serverPause.get();
      }
      Duration elapsedAfterPause = Duration.between(start, clock.instant()).plus(pause);
      if (attempt >= policy.maxAttempts()
          || elapsedAfterPause.compareTo(policy.maxElapsed()) > 0
          || elapsedAfterPause.compareTo(callTimeout) >= 0) {
        throw failure;
      }
      LOG.debug(
          "{} failed (attempt {}): {}; retrying in {}",
          name,
          attempt,
          failure.primaryErrorCode(),
          pause);
      sleeper.pause(pause);
    }
  }

  /**
   * 429 and 503 mean CertCentral refused before acting; 502 and 504 come from a gateway that may
   * have forwarded the call, so only reads are repeated after them.
   */
  private static boolean retryable(int status, Idempotency idempotency) {
    if (status == 429 || status == 503) {
      return true;
    }
    return (status == 502 || status == 504) && idempotency == Idempotency.SAFE;
  }

  private static CertCentralException transportFailure(
      String name, IOException e, Idempotency idempotency) {
    String what =
        e instanceof InterruptedIOException
            ? "timed out"
            : "failed: " + e.getClass().getSimpleName();
    String advice =
        e instanceof ConnectException || idempotency == Idempotency.SAFE
            ? ""
            : "; CertCentral may have acted on it, so check the order's state (or list the"
                + " requests) before sending it again";
    return new TransportException(name + " " + what + advice, 0, List.of(), e);
  }

  private static RawAnswer send(Call<ResponseBody> call) throws IOException {
    Response<ResponseBody> response;
    try {
      response = call.execute();
    } catch (IllegalStateException | IllegalArgumentException e) {
      // OkHttp reports a few protocol violations (a bad status line, say) this way.
      throw new IOException("malformed HTTP answer: " + e.getMessage(), e);
    }
    ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
    ByteString bytes = body == null ? ByteString.EMPTY : read(body, response.code());
    Optional<Duration> retryAfter = retryAfter(response.headers().get("Retry-After"));
    return new RawAnswer(response.code(), bytes, retryAfter);
  }

  private static ByteString read(ResponseBody body, int status) throws IOException {
    try (body) {
      BufferedSource source = body.source();
      if (source.request(MAX_BODY_BYTES + 1)) {
        throw new UnexpectedResponseException(
            "the answer is larger than " + MAX_BODY_BYTES + " bytes", status, "(not read)", null);
      }
      return source.readByteString();
    }
  }

  private static Optional<Duration> retryAfter(String header) {
    if (header == null
        || header.isEmpty()
        || header.length() > 6
        || !header.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(header)));
  }
}
