package dev.switchboard.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a raw socket, so a test can send what no HTTP client would: a bare LF, broken
 * chunking, a body that never ends, a method the JDK refuses. Loopback only.
 */
final class RawHttp {
  private RawHttp() {}

  /** One response: status, headers (names lower-case), body, or the status -1 when none came. */
  record Response(int status, Map<String, String> headers, String body, String problem) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return status < 0 ? "no answer (" + problem + ")" : status + " " + headers + " " + body;
    }
  }

  /**
   * Sends the bytes and reads one response, within the timeout. The bytes are written from another
   * thread: a server may answer (and close) before a large request is through, and the answer must
   * still be read.
   */
  static Response send(int port, byte[] request, int timeoutMillis) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(timeoutMillis);
      OutputStream out = s.getOutputStream();
      Thread writer = new Thread(() -> {
        try {
          out.write(request);
          out.flush();
        } catch (IOException e) {
          // answered and closed before the request was through
        }
      });
      writer.setDaemon(true);
      writer.start();
      return read(s.getInputStream(), false);
    } catch (IOException e) {
      return new Response(-1, Map.of(), "", e.toString());
    }
  }

  static Response send(int port, String request, int timeoutMillis) {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1), timeoutMillis);
  }

  /**
   * Sends headers, then streams {@code bodyBytes} of body from another thread while the answer is
   * read here: the server may answer (and close) before the body is through.
   */
  static Response sendHuge(int port, String head, long bodyBytes, boolean chunked, int timeoutMillis) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(timeoutMillis);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Thread writer = new Thread(() -> {
        byte[] block = new byte[64 * 1024];
        try {
          for (long sent = 0; sent < bodyBytes; sent += block.length) {
            if (chunked) {
              out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(block);
            if (chunked) {
              out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
          }
          if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          }
          out.flush();
        } catch (IOException e) {
          // The server answered and closed before taking the whole body: what a limit is for.
        }
      });
      writer.setDaemon(true);
      writer.start();
      Response r = read(s.getInputStream(), false);
      s.close();
      writer.join(timeoutMillis);
      return r;
    } catch (IOException e) {
      return new Response(-1, Map.of(), "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response(-1, Map.of(), "", e.toString());
    }
  }

  /** Reads one response; a HEAD's has no body whatever its Content-Length says. */
  static Response read(InputStream in, boolean head) throws IOException {
    ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
    int matched = 0;
    try {
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return new Response(-1, Map.of(), "", "closed after " + headBytes.size() + " bytes: " + headBytes);
        }
        headBytes.write(b);
        matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
            ? matched + 1 : b == '\r' ? 1 : 0;
      }
    } catch (SocketTimeoutException e) {
      return new Response(-1, Map.of(), "", "timed out after " + headBytes.size() + " bytes");
    }
    String[] lines = headBytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    String length = headers.get("content-length");
    byte[] body = new byte[0];
    if (!head && length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8), null);
  }
}
