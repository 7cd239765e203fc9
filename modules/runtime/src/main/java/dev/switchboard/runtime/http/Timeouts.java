package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;

/** Which limit ended a call, named in the {@link TransportException} the caller gets. */
final class Timeouts {
  private Timeouts() {}

  /** The call's deadline was reached before an attempt or a retry could start. */
  static final class DeadlineReached extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    DeadlineReached(String limit) {
      super("the " + limit + " was reached");
    }
  }

  /** @return a transport failure as the caller's typed exception, naming the limit a timeout hit */
  static TransportException transportException(HttpCall call, IOException failure) {
    String limit = limit(call, failure);
    boolean timeout = limit != null || failure instanceof InterruptedIOException
        || failure instanceof java.net.http.HttpTimeoutException;
    return new TransportException(call.provider(), call.operation(), timeout, limit, failure);
  }

  private static String limit(HttpCall call, IOException failure) {
    if (failure instanceof DeadlineReached) {
      return call.attemptLimit();
    }
    if (failure instanceof java.net.http.HttpConnectTimeoutException) {
      return "connectTimeout";
    }
    if (failure instanceof java.net.http.HttpTimeoutException) {
      return call.attemptLimit(); // the JDK client's request timeout is the attempt's
    }
    if (failure instanceof SocketTimeoutException) {
      String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
      return message.contains("connect") ? "connectTimeout" : "readTimeout";
    }
    if (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage())) {
      return call.attemptLimit(); // OkHttp's call timeout, which the attempt-timeout step sets
    }
    return null;
  }

  /** @return e.g. {@code 300 ms}, {@code 60 s}, {@code 2 min} */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0 && ms > 0) {
      return ms / 60_000 + " min";
    }
    if (ms % 1000 == 0 && ms > 0) {
      return ms / 1000 + " s";
    }
    return ms + " ms";
  }
}
