package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * How path and query values become part of a URL: each value is percent-encoded completely
 * (RFC 3986 unreserved characters kept), so it is always exactly one path segment or one query
 * value, whatever it holds.
 *
 * <p>Why completely: a {@code /} left as it is, or a value already holding {@code %2F} taken as
 * encoded, lets a value change the request's target. {@code deleteAgent("w1", "a/../b")} would
 * delete {@code b} once the HTTP client resolves {@code ..}. For the same reason a path value that
 * is empty, {@code .} or {@code ..} is refused before anything is sent.
 */
final class UrlEncoding {
  private UrlEncoding() {}

  /**
   * @param provider the platform, for the exception
   * @param operation the operation, for the exception
   * @param name the path parameter
   * @param value its value
   * @return the value as one encoded path segment
   * @throws InvalidInputException for a null, blank or dot-segment value
   */
  static String segment(String provider, String operation, String name, Object value) {
    if (value == null) {
      throw new InvalidInputException(provider, operation, name, "is required");
    }
    String s = value.toString();
    if (s.isBlank()) {
      throw new InvalidInputException(provider, operation, name, "must not be blank");
    }
    if (s.equals(".") || s.equals("..")) {
      throw new InvalidInputException(provider, operation, name, "must not be a dot segment ('" + s + "')");
    }
    return encode(s);
  }

  /**
   * @param s a path or query value, or a query or form name
   * @return it with every byte outside the unreserved set percent-encoded (UTF-8)
   */
  static String encode(String s) {
    StringBuilder out = null;
    byte[] bytes = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unreserved(c)) {
        bytes = s.getBytes(StandardCharsets.UTF_8);
        break;
      }
    }
    if (bytes == null) {
      return s; // the common case: nothing to encode, nothing allocated
    }
    out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (unreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean unreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.' || c == '~';
  }
}
