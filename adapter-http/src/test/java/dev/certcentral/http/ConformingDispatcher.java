package dev.certcentral.http;

import dev.certcentral.openapi.check.Exchange;
import dev.certcentral.openapi.check.MismatchLog;
import mockwebserver3.MockResponse;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * MockWebServer's queue, checking every request the client sends against the description. The
 * answers are the test's own (often deliberately broken), so only requests are checked here.
 */
final class ConformingDispatcher extends QueueDispatcher {

  private final MismatchLog log = MismatchLog.certCentral();

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    // A request the client broke off (a test's injected fault) is not what it meant to send.
    if (request.getFailure() == null) {
      log.check(exchange(request));
    }
    return super.dispatch(request);
  }

  /** Fails if any request differed from the description; call it when the test ends. */
  void assertConforming() {
    log.assertNone();
  }

  /** How many requests were checked. */
  int checked() {
    return log.checked();
  }

  private static Exchange exchange(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    Exchange.Builder exchange = Exchange.request(request.getMethod(), url.encodedPath());
    for (String name : url.queryParameterNames()) {
      for (String value : url.queryParameterValues(name)) {
        exchange.query(name, value == null ? "" : value);
      }
    }
    request.getHeaders().forEach(header -> exchange.header(header.getFirst(), header.getSecond()));
    ByteString body = request.getBody();
    return exchange.body(body == null ? new byte[0] : body.toByteArray()).build();
  }
}
