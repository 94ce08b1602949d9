package dev.tilmash.shared;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body, when its framing is broken (a chunk size that is not hex, a body shorter
 * than its Content-Length), fails with {@link UnreadableBody}. The container reports such a body
 * with exceptions of its own, indistinguishable from a failure of the server's own I/O; this one
 * says that the client sent it, so that the answer is a 400 {@code unreadable-body}, not a 500.
 */
final class BodyReadGuard extends HttpServletRequestWrapper {
  private ServletInputStream guarded;

  BodyReadGuard(HttpServletRequest request) {
    super(request);
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (guarded == null) {
      guarded = new Guarded(super.getInputStream());
    }
    return guarded;
  }

  /** Reading the request body failed: the client's framing, not the server. */
  static final class UnreadableBody extends IOException {
    UnreadableBody(IOException cause) {
      super("unreadable request body", cause);
    }
  }

  private static final class Guarded extends ServletInputStream {
    private final ServletInputStream in;

    Guarded(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (UnreadableBody e) {
        throw e;
      } catch (IOException e) {
        throw new UnreadableBody(e);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return in.read(buffer, offset, length);
      } catch (UnreadableBody e) {
        throw e;
      } catch (IOException e) {
        throw new UnreadableBody(e);
      }
    }

    @Override
    public int available() throws IOException {
      try {
        return in.available();
      } catch (IOException e) {
        throw new UnreadableBody(e);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
