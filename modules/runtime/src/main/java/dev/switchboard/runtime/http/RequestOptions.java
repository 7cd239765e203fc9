package dev.switchboard.runtime.http;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Options for one call, without building another client: a deadline, extra headers and a hook
 * that sees each response's status and request id. Every generated client method and every
 * {@code AgentDirectory} operation has an overload that takes one as its last argument.
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .timeout(Duration.ofSeconds(5))
 *     .header("X-Correlation-Id", "order-1234")
 *     .onResponse(r -> log.info("{} {} -> {} ({})", r.provider(), r.operation(), r.status(), r.requestId()))
 *     .build();
 * Agent agent = directory.get("42", options);
 * }</pre>
 *
 * <p>The timeout is a deadline for the whole operation it is given to, retries included, in place
 * of the client's {@code callTimeout}: a directory operation that makes two requests, or a listing
 * that fetches several pages, has this much time from the moment it is called. The per-attempt
 * timeout still bounds each attempt. The headers are added to every request of the operation; the
 * pipeline's own headers (the credential, {@code User-Agent}) are set after them and win.
 * Invalid values are refused here, naming the field, before any request.
 */
public final class RequestOptions {
  /** No options: the client's settings as they are. */
  public static final RequestOptions NONE = builder().build();

  /** Headers the transport owns; setting one per call would corrupt the request or the connection. */
  private static final Set<String> RESERVED = Set.of("host", "content-length", "transfer-encoding", "connection",
      "upgrade", "te", "trailer", "keep-alive", "proxy-connection", "expect");

  private final Duration timeout;
  private final Map<String, String> headers;
  private final Consumer<ResponseInfo> onResponse;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.onResponse = b.onResponse;
  }

  /** @return a builder with no options set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the deadline of the operation, measured from its call, or null for the client's {@code callTimeout} */
  public Duration timeout() {
    return timeout;
  }

  /** @return the extra headers by name, in the order added */
  public Map<String, String> headers() {
    return headers;
  }

  /** @return the hook called with each response received, or null for none */
  public Consumer<ResponseInfo> onResponse() {
    return onResponse;
  }

  /** Header names only: a value may be a secret. */
  @Override
  public String toString() {
    return "RequestOptions[timeout=" + timeout + ", headers=" + headers.keySet() + ", onResponse="
        + (onResponse != null) + "]";
  }

  /** Builds {@link RequestOptions}; each setter checks its value at once. */
  public static final class Builder {
    private Duration timeout;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Consumer<ResponseInfo> onResponse;

    private Builder() {}

    /**
     * @param value the operation's deadline, from its call, retries included; positive
     * @return this
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration value) {
      Objects.requireNonNull(value, "timeout");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + value);
      }
      timeout = value;
      return this;
    }

    /**
     * @param name a header name (an HTTP token; not one the transport owns, such as {@code Host})
     * @param value its value (no line breaks); replaces an earlier value of the same name
     * @return this
     * @throws IllegalArgumentException naming the header when the name or value cannot be sent
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "header name");
      if (name.isEmpty() || !name.chars().allMatch(Builder::tokenChar)) {
        throw new IllegalArgumentException("header name '" + printable(name) + "' is not an HTTP token");
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header " + name + " is set by the transport, not per call");
      }
      Objects.requireNonNull(value, () -> "value of header " + name);
      if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
        // The value is not quoted: it may be a secret.
        throw new IllegalArgumentException("value of header " + name + " contains a line break or NUL");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * @param hook called with each response received (every attempt, error statuses included),
     *     on the thread that received it; an exception it throws is logged and does not change the call
     * @return this
     */
    public Builder onResponse(Consumer<ResponseInfo> hook) {
      onResponse = Objects.requireNonNull(hook, "onResponse");
      return this;
    }

    /** @return the options */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static boolean tokenChar(int c) {
      return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    private static String printable(String s) {
      return s.replaceAll("[^\\x21-\\x7e]", "?");
    }
  }
}
