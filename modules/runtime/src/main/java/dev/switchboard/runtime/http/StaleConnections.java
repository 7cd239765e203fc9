package dev.switchboard.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Keeps a request off a pooled connection the server has already closed, for every method.
 *
 * <p>Servers close keep-alive connections that sit idle (Node's HTTP server after 5 s, many proxies
 * sooner). OkHttp checks a pooled connection for that only after 10 s idle, and its own retry is
 * off (it would replay POSTs), so the first write after a pause went out on a dead socket and
 * failed, never received. Here a network interceptor, before a byte of the request is written,
 * checks a connection that has been idle for {@link #CHECK_AFTER_IDLE_NANOS} or more: if the peer has
 * closed it (end of stream) or sent something unasked, the connection is closed and the attempt
 * fails with {@link StaleConnectionException}. Nothing was sent, so an application interceptor
 * sends the request again, which takes another pooled connection or a fresh one. A write is never
 * received twice: the only requests sent again are ones that never left the machine.
 *
 * <p>What this cannot see: a server that closes the connection in the instant between the check
 * and the request's arrival. That request may or may not have been read, so it is not sent again
 * here (the retry step repeats it when the method is safe to repeat).
 */
final class StaleConnections {
  /**
   * Below this idle time the check is skipped: it costs up to a millisecond on a healthy
   * connection, and a connection idle for less is rarely closed by a server.
   */
  static final long CHECK_AFTER_IDLE_NANOS = 100_000_000L;
  /** Stale connections skipped in one call at most: each closes a dead pooled connection. */
  private static final int MAX_SKIPPED = 32;

  private StaleConnections() {}

  /** When each connection last finished an exchange (weak: the pool decides their lifetime). */
  private static final Map<Connection, Long> LAST_USED = Collections.synchronizedMap(new WeakHashMap<>());

  /** Network interceptor: checks an idle pooled connection before the request is written. */
  static final Interceptor CHECK = chain -> {
    Connection connection = chain.connection();
    // HTTP/1.1 only: an HTTP/2 connection's socket carries other calls' frames, and OkHttp pings it.
    if (connection != null && connection.protocol() == Protocol.HTTP_1_1) {
      Long last = LAST_USED.get(connection);
      if (last != null && System.nanoTime() - last >= CHECK_AFTER_IDLE_NANOS && !isOpen(connection.socket())) {
        closeQuietly(connection.socket());
        LAST_USED.remove(connection);
        throw new StaleConnectionException();
      }
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      if (connection != null) {
        LAST_USED.put(connection, System.nanoTime());
      }
    }
  };

  /** Application interceptor: a request refused by {@link #CHECK} was never sent, so it goes again. */
  static final Interceptor RESEND = chain -> {
    for (int skipped = 0; ; skipped++) {
      try {
        return chain.proceed(chain.request());
      } catch (StaleConnectionException e) {
        if (skipped >= MAX_SKIPPED || chain.call().isCanceled()) {
          throw e;
        }
      }
    }
  };

  /**
   * Whether the peer still holds the connection open: a read that waits 1 ms and times out means
   * nothing arrived, which is what an idle HTTP/1.1 connection must look like. End of stream, or a
   * byte nobody asked for (some servers write a 408 before closing), means it cannot carry a request.
   */
  private static boolean isOpen(Socket socket) {
    if (socket.isClosed() || socket.isInputShutdown() || socket.isOutputShutdown()) {
      return false;
    }
    int timeout;
    try {
      timeout = socket.getSoTimeout();
    } catch (IOException e) {
      return false;
    }
    try {
      socket.setSoTimeout(1);
      InputStream in = socket.getInputStream();
      in.read();
      return false; // end of stream, or a stray byte: either way unusable
    } catch (SocketTimeoutException healthy) {
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      try {
        socket.setSoTimeout(timeout);
      } catch (IOException e) {
        // closed meanwhile: the exchange will find out
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  /** The pooled connection was closed by the server; the request was not sent on it. */
  static final class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnectionException() {
      super("the server had closed the pooled connection; the request was not sent on it");
    }
  }
}
