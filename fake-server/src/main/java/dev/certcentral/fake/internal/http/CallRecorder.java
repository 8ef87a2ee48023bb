package dev.certcentral.fake.internal.http;

import dev.certcentral.fake.internal.control.Journal;
import dev.certcentral.fake.internal.control.JournalEntry;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.RequestLogger;
import java.time.Clock;

/**
 * Writes each call into the journal before its answer leaves, so a test reads the call as soon as
 * its client has the answer, never polling. Routes record themselves ({@link Api}, {@link
 * #recorded}); Javalin's request logger, which runs after a large answer may already be on its way,
 * records only what no route did (unknown routes).
 */
public final class CallRecorder {

  private final Journal journal;
  private final Clock clock;

  /** Records into the journal, stamped by the clock. */
  public CallRecorder(Journal journal, Clock clock) {
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * Wraps a route that is not part of the CertCentral API (the control API): errors answered in
   * DigiCert's format, then the call recorded, both before the answer leaves.
   */
  public Handler recorded(Handler handler) {
    return ctx -> {
      long start = System.nanoTime();
      try {
        handler.handle(ctx);
      } catch (Exception e) {
        ErrorAnswers.answer(ctx, e);
      }
      record(ctx, start);
    };
  }

  /**
   * The request logger, for calls no route recorded: the ones that matched no route. Every route of
   * the fake records itself, so a matched one is never recorded twice; asking Javalin which route
   * matched costs less than marking each call with a request attribute.
   */
  public RequestLogger fallback() {
    return (ctx, millis) -> {
      if (ctx.endpoints().matchedHttpEndpoint() == null) {
        write(ctx, ctx.statusCode(), millis);
      }
    };
  }

  /** Records a call with the status it is about to get. */
  void record(Context ctx, long startNanos) {
    write(ctx, ctx.statusCode(), (System.nanoTime() - startNanos) / 1e6f);
  }

  /** Records a call whose connection is about to be dropped: its client gets no answer. */
  void recordDropped(Context ctx, long startNanos) {
    write(ctx, JournalEntry.NO_ANSWER, (System.nanoTime() - startNanos) / 1e6f);
  }

  private void write(Context ctx, int status, float millis) {
    journal.record(
        new JournalEntry(clock.instant(), ctx.req().getMethod(), ctx.path(), status, millis));
  }
}
