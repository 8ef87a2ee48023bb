package dev.certcentral.fake;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a test does to a fake CertCentral: orders in a given state, keys and roles, faults, the
 * clock, domain control validation, the test CA's root and CRL, the journal of calls, the state, a
 * reset. {@link FakeCertCentral} implements it in-process and {@link FakeControlClient} over the
 * fake's {@code /__fake} API for a fake in another process, the same calls with the same results,
 * as WireMock's {@code Admin} is implemented by its server and its HTTP client.
 *
 * <p>Every failure is a {@link dev.certcentral.core.domain.error.CertCentralException}; a
 * verification that does not hold is an {@link AssertionError}.
 */
public interface FakeControl {

  /** The CertCentral API's base URL, like {@code https://www.digicert.com/services/v2}. */
  String baseUrl();

  /** The fake's default administrator key, for a client under test. */
  String apiKey();

  /** Creates an order as the spec says and returns its id. */
  OrderId givenOrder(OrderSpec spec);

  /** Creates an order in this status, with every default, in the default account. */
  default OrderId givenOrder(OrderStatus status) {
    return givenOrder(OrderSpec.status(status));
  }

  /**
   * Registers a key as the spec says and returns its value. Adding a key again unchanged is
   * harmless; with another role or account it is refused (409 {@code api_key_exists}).
   */
  String addKey(KeySpec spec);

  /** A new key with this role on the default account. */
  default String addKey(KeyRole role) {
    return addKey(KeySpec.role(role));
  }

  /** A new key with this role on a fresh account: its calls see nothing of other tests. */
  default String newAccountKey(KeyRole role) {
    return addKey(KeySpec.role(role).newAccount());
  }

  /** Puts a fault in force. */
  void inject(Fault fault);

  /** The faults still in force, oldest first. */
  List<Fault> faults();

  /** Removes every fault. */
  void clearFaults();

  /**
   * How domains pass DCV without a token in place: {@link DcvPolicy#instant()} unless set here or
   * at the start ({@link FakeCertCentral.Builder#dcvPolicy}, the jar's {@code --dcv-policy}).
   */
  DcvPolicy dcvPolicy();

  /**
   * Sets how domains pass DCV from now on: for orders whose DCV opens after this (a delay counts
   * from then), and for every check-DCV call. A reset sets it back to the policy the fake started
   * with, {@link DcvPolicy#instant()} unless told otherwise.
   */
  void setDcvPolicy(DcvPolicy policy);

  /**
   * Says that the DCV token of a name of an order is in place (the TXT record published, the file
   * served, the e-mail answered): the name passes as soon as the order's DCV is open, at once if it
   * is, whatever the policy; when that completes the order, it is issued.
   *
   * @throws dev.certcentral.core.domain.error.NotFoundException if no account holds the order
   * @throws dev.certcentral.core.domain.error.InvalidRequestException if the name is not the
   *     order's
   */
  void dcvTokenInPlace(OrderId orderId, String dnsName);

  /**
   * The fake's CRL now, signed by its intermediate: every serial of every revoked order's
   * certificates, current and earlier. The same CRL the fake serves at the URL in its certificates.
   */
  X509CRL crl();

  /** The root of the fake's test CA: the one certificate a trust store for its chains needs. */
  X509Certificate caRoot();

  /** The fake's time, which every timestamp and rate-limit window follows. */
  Instant now();

  /** From now on, the fake's time reads as {@code instant} plus whatever real time passes. */
  void setClock(Instant instant);

  /** Moves the fake's time forward (or back, with a negative duration). */
  void advanceClock(Duration duration);

  /**
   * The calls the fake received, oldest first, as many as its journal keeps. A call is recorded
   * before its answer is sent, so it is here as soon as its client has the answer.
   */
  List<RecordedCall> journal();

  /**
   * How many calls in the journal match the method and the path. The path is under {@code
   * /services/v2} as DigiCert's docs write it; a segment in braces matches any one segment: {@code
   * "/order/certificate/{order_id}/revoke"}. Paths outside the API ({@code /__fake/...}) are given
   * whole.
   */
  default int countCalls(HttpMethod method, String path) {
    return matching(journal(), method, path);
  }

  /**
   * Checks that the journal holds {@code count} calls matching the method and the path (see {@link
   * #countCalls}).
   *
   * @throws AssertionError naming the calls the journal does hold, if it does not
   */
  default void verify(CallCount count, HttpMethod method, String path) {
    List<RecordedCall> calls = journal();
    int matching = matching(calls, method, path);
    if (!count.accepts(matching)) {
      throw new AssertionError(
          "expected "
              + count
              + " "
              + method.value()
              + " "
              + path
              + " but there "
              + (matching == 1 ? "was 1" : "were " + matching)
              + "; the journal holds "
              + calls);
    }
  }

  private static int matching(List<RecordedCall> calls, HttpMethod method, String path) {
    PathTemplate template = PathTemplate.of(path);
    int count = 0;
    for (RecordedCall call : calls) {
      if (method.matches(call.method()) && template.matches(call.path())) {
        count++;
      }
    }
    return count;
  }

  /** What the fake holds now: accounts, orders, requests, keys (masked), faults. */
  FakeState state();

  /**
   * Forgets every order, request, certificate, revocation, fault, journal entry, rate count and
   * every key added since the start, sets the DCV policy back to the start's ({@code instant}
   * unless told otherwise) and the clock back to real time; the keys the fake started with and its
   * CA stay.
   */
  void reset();
}
