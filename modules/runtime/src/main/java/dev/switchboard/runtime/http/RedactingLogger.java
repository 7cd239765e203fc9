package dev.switchboard.runtime.http;

import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's wire logger on SLF4J ({@code dev.switchboard.http.<provider>}, DEBUG) that never writes a
 * credential: auth headers are left out, and every line goes through the {@link Redactor}, which
 * also masks secret-named JSON fields in bodies at {@code FULL} level.
 */
final class RedactingLogger extends feign.Logger {
  private static final Set<String> ALWAYS_SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private final Logger log;
  private final Redactor redactor;
  private final Set<String> sensitiveHeaders;

  RedactingLogger(String provider, Redactor redactor, String credentialHeader) {
    this.log = LoggerFactory.getLogger("dev.switchboard.http." + provider);
    this.redactor = redactor;
    this.sensitiveHeaders = credentialHeader == null ? ALWAYS_SENSITIVE
        : union(ALWAYS_SENSITIVE, credentialHeader.toLowerCase(Locale.ROOT));
  }

  private static Set<String> union(Set<String> base, String extra) {
    java.util.HashSet<String> all = new java.util.HashSet<>(base);
    all.add(extra);
    return Set.copyOf(all);
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !sensitiveHeaders.contains(header.toLowerCase(Locale.ROOT));
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !sensitiveHeaders.contains(header.toLowerCase(Locale.ROOT));
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (log.isDebugEnabled()) {
      log.debug(redactor.redact(methodTag(configKey) + String.format(format, args)));
    }
  }
}
