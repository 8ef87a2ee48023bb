package dev.certcentral.fake.internal.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a call's whole body, up to one byte past the limit, before the call reaches its route, and
 * without holding a thread while bytes are awaited: a client that sends its body a byte a second
 * costs the fake a connection and a few bytes, never a worker thread. A body that has not arrived
 * within the deadline is refused with a 408 and the connection closed.
 *
 * <p>The bytes are copied, not retained: retaining each tiny chunk would pin a whole network buffer
 * per byte received.
 */
final class WholeBodyLoaderFactory implements EagerContentHandler.ContentLoaderFactory {

  private final int maxBytes;
  private final Duration deadline;

  WholeBodyLoaderFactory(int maxBytes, Duration deadline) {
    this.maxBytes = maxBytes;
    this.deadline = deadline;
  }

  @Override
  public String getApplicableMimeType() {
    return null;
  }

  @Override
  public EagerContentHandler.ContentLoader newContentLoader(
      String contentType,
      String mimeType,
      Handler handler,
      Request request,
      Response response,
      Callback callback) {
    return new Loader(handler, request, response, callback);
  }

  private final class Loader extends EagerContentHandler.ContentLoader {
    // Set once, by whichever comes first: the whole body or the deadline.
    private final AtomicBoolean settled = new AtomicBoolean();
    private byte[] body;
    private int size;
    // Set by the reading thread before it first waits; read by later reads, which Jetty orders
    // after that wait.
    private Scheduler.Task timer;

    Loader(Handler handler, Request request, Response response, Callback callback) {
      super(handler, request, response, callback);
      long declared = request.getLength();
      this.body = new byte[declared >= 0 && declared <= maxBytes ? (int) declared : 1024];
    }

    @Override
    protected void load() {
      read();
    }

    private void read() {
      while (!settled.get()) {
        Content.Chunk chunk = getRequest().read();
        if (chunk == null) {
          if (timer == null) {
            // Only a body that is not all there at once needs a deadline: most calls skip this.
            timer =
                getRequest()
                    .getComponents()
                    .getScheduler()
                    .schedule(this::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
          }
          getRequest().demand(this::read);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          if (settle()) {
            Response.writeError(getRequest(), getResponse(), getCallback(), chunk.getFailure());
          }
          return;
        }
        boolean last = chunk.isLast();
        copy(chunk.getByteBuffer());
        chunk.release();
        if (last || size > maxBytes) {
          if (settle()) {
            handle(
                new WithBody(getRequest(), ByteBuffer.wrap(body, 0, size), last),
                getResponse(),
                getCallback());
          }
          return;
        }
      }
    }

    private void copy(ByteBuffer bytes) {
      // One byte past the limit is enough for the route to refuse the body as too large.
      int take = Math.min(bytes.remaining(), maxBytes + 1 - size);
      if (size + take > body.length) {
        body = Arrays.copyOf(body, Math.max(size + take, Math.min(2 * body.length, maxBytes + 1)));
      }
      bytes.get(body, size, take);
      size += take;
    }

    private boolean settle() {
      if (!settled.compareAndSet(false, true)) {
        return false;
      }
      if (timer != null) {
        timer.cancel();
      }
      return true;
    }

    private void expire() {
      if (settled.compareAndSet(false, true)) {
        Response.writeError(
            getRequest(),
            getResponse(),
            getCallback(),
            408,
            "The request body did not arrive within " + deadline.toMillis() + " ms.");
      }
    }
  }

  /** The request with the body already read served first, then whatever follows it. */
  private static final class WithBody extends Request.Wrapper {
    private Content.Chunk body;

    WithBody(Request request, ByteBuffer bytes, boolean complete) {
      super(request);
      this.body = Content.Chunk.from(bytes, complete);
    }

    @Override
    public Content.Chunk read() {
      Content.Chunk first = body;
      if (first == null) {
        return super.read();
      }
      body = null;
      return first;
    }

    @Override
    public void demand(Runnable demandCallback) {
      if (body != null) {
        demandCallback.run();
      } else {
        super.demand(demandCallback);
      }
    }
  }
}
