package dev.certcentral.http;

import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import dev.certcentral.core.service.Sleeper;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Runs one API call: waits for the rate limit, sends, reads a bounded body, and retries: a read (or
 * an idempotent write) after any transient failure, a write only after 429, 503 or a refused
 * connection. A write that fails after a resend may have been applied by an earlier attempt, and is
 * reported so.
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
   * @throws dev.certcentral.core.domain.error.OutcomeUnknownException when a write failed after an
   *     earlier attempt that CertCentral may have applied
   */
  RawAnswer execute(String name, Supplier<Call<ResponseBody>> call, Idempotency idempotency) {
    Instant start = clock.instant();
    Optional<String> mayHaveActed = Optional.empty();
    for (int attempt = 1; ; attempt++) {
      rateLimiter.ifPresent(ClientRateLimiter::acquire);
      CertCentralException failure;
      boolean retryable = false;
      // A 429 (the rate limit is checked first) and a refused connection prove CertCentral did not
      // act; every other failure a call is resent after may have come after it acted.
      boolean provesNotActed = false;
      Optional<Duration> serverPause = Optional.empty();
      try {
        RawAnswer answer = send(call.get());
        if (answer.isSuccess()) {
          return answer;
        }
        failure = errors.toException(answer, name);
        retryable = retryable(answer.status(), idempotency);
        provesNotActed = answer.status() == 429;
        serverPause = answer.retryAfter();
      } catch (IOException e) {
        failure = errors.transportFailure(name, e, idempotency);
        provesNotActed = e instanceof ConnectException;
        retryable = provesNotActed || idempotency.resentAfterAmbiguousFailure();
      } catch (CertCentralException e) {
        failure = e;
      }
      Optional<Duration> pause =
          retryable ? pauseBeforeNext(attempt, start, serverPause) : Optional.empty();
      if (pause.isEmpty()) {
        throw mayHaveActed.isEmpty()
            ? failure
            : errors.outcomeUnknown(name, attempt, mayHaveActed.get(), failure);
      }
      // The write is still resent: usually the failure came before CertCentral acted, and the
      // resend is what succeeds. Only a resend that fails too leaves the outcome unknown.
      if (mayHaveActed.isEmpty() && idempotency.changesState() && !provesNotActed) {
        mayHaveActed = Optional.of("attempt " + attempt + " " + outcome(failure));
      }
      LOG.debug(
          "{} failed (attempt {}): {}; retrying in {}",
          name,
          attempt,
          failure.primaryErrorCode(),
          pause.get());
      sleeper.pause(pause.get());
    }
  }

  /**
   * The pause before the next attempt, or none when the attempts, {@code maxElapsed} or the call
   * timeout would run out. A server's {@code Retry-After} lengthens it up to {@code maxBackoff}.
   */
  private Optional<Duration> pauseBeforeNext(
      int attempt, Instant start, Optional<Duration> serverPause) {
    Duration pause = policy.backoff(attempt, random.getAsDouble());
    if (serverPause.isPresent()) {
      long wished = Math.min(serverPause.get().toMillis(), policy.maxBackoff().toMillis());
      pause = Duration.ofMillis(Math.max(pause.toMillis(), wished));
    }
    Duration elapsedAfterPause = Duration.between(start, clock.instant()).plus(pause);
    if (attempt >= policy.maxAttempts()
        || elapsedAfterPause.compareTo(policy.maxElapsed()) > 0
        || elapsedAfterPause.compareTo(callTimeout) >= 0) {
      return Optional.empty();
    }
    return Optional.of(pause);
  }

  /**
   * 429 and 503 mean CertCentral refused, 502 and 504 come from a gateway that may have forwarded
   * the call, so only calls that may be repeated after an ambiguous failure are resent after them.
   */
  private static boolean retryable(int status, Idempotency idempotency) {
    if (status == 429 || status == 503) {
      return true;
    }
    return (status == 502 || status == 504) && idempotency.resentAfterAmbiguousFailure();
  }

  /**
   * What an attempt CertCentral may have acted on ended with, for the unknown outcome's message.
   */
  private static String outcome(CertCentralException failure) {
    return failure.httpStatus().isPresent()
        ? "got HTTP " + failure.httpStatus().getAsInt()
        : "got no answer";
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
    Optional<String> location = Optional.ofNullable(response.headers().get("Location"));
    Optional<String> contentType = Optional.ofNullable(response.headers().get("Content-Type"));
    return new RawAnswer(response.code(), bytes, retryAfter, location, contentType);
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
