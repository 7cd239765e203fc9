package dev.switchboard.cli;

import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * One-line error messages for people: the platform, the operation, the URL a call could not reach,
 * the field a platform refused; never a Java class name (they mean nothing to a CLI user).
 */
final class Messages {
  /** "(ConnectException)", "(java.io.IOException)": a class name in parentheses, as some messages end. */
  private static final Pattern CLASS_NAME = Pattern.compile("\\s*\\((?:[a-z]\\w*\\.)*[A-Z]\\w*(?:Exception|Error)\\)");

  private Messages() {}

  /**
   * @param e what a platform call threw
   * @param url the base URL the platform's client calls, if configured
   * @return the message, one line
   */
  static String describe(SwitchboardException e, Optional<String> url) {
    if (e instanceof TransportException) {
      return e.provider() + " " + e.operation() + ": cannot reach " + url.orElse(e.provider() + "'s default URL") + ": "
          + reason((TransportException) e);
    }
    // The runtime's message already names the platform, the operation, the status and the
    // platform's own body (where it names the field it refused).
    return withoutClassNames(e.getMessage());
  }

  /**
   * @param e any other failure
   * @return its message without class names, or a plain statement when it has none
   */
  static String describe(RuntimeException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "unexpected failure with no message (run with --verbose for details)" : withoutClassNames(m);
  }

  /**
   * @param e why a file could not be read or written
   * @return the reason in words ("no such file", "permission denied"), not the path again
   */
  static String ioReason(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null) {
      return ((java.nio.file.FileSystemException) e).getReason();
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? "unreadable" : withoutClassNames(e.getMessage());
  }

  static String withoutClassNames(String message) {
    return message == null ? "" : CLASS_NAME.matcher(message).replaceAll("");
  }

  private static String reason(TransportException e) {
    if (e.isTimeout()) {
      return "timed out";
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "unknown host";
      }
      if (t instanceof ConnectException) {
        return "connection refused";
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
      if (t instanceof SSLException) {
        return "TLS failure";
      }
    }
    return "connection failed";
  }
}
