package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import feign.MethodMetadata;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Feign's retry hook driven by a {@link RetryPolicy}. Feign clones it per call, so the attempt
 * count and the call's deadline live in the clone.
 */
final class PolicyRetryer implements Retryer {
  private static final Set<Request.HttpMethod> IDEMPOTENT_METHODS =
      EnumSet.of(Request.HttpMethod.GET, Request.HttpMethod.HEAD, Request.HttpMethod.OPTIONS,
          Request.HttpMethod.PUT, Request.HttpMethod.DELETE);

  private final String provider;
  private final RetryPolicy policy;
  private final Duration callTimeout;
  private final Clock clock;
  private final long startMillis;
  private int attempt = 1;

  PolicyRetryer(String provider, RetryPolicy policy, Duration callTimeout, Clock clock) {
    this.provider = provider;
    this.policy = policy;
    this.callTimeout = callTimeout;
    this.clock = clock;
    this.startMillis = clock.millis();
  }

  /**
   * Set on the calling thread when a synchronous call is retried, so {@link ClientInvocation} can
   * tell a retried DELETE's 404 (the first attempt deleted it) from a plain 404.
   */
  static final ThreadLocal<Boolean> RETRIED = new ThreadLocal<>();

  @Override
  public void continueOrPropagate(RetryableException e) {
    Duration delay = nextDelay(e);
    RETRIED.set(Boolean.TRUE);
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw finalFailure(e);
    }
  }

  /**
   * The wait before the next attempt, which it counts; the async clients wait on a timer instead of
   * sleeping (see {@link ClientInvocation}).
   *
   * @throws RetryableException the final failure, whose cause is a Switchboard exception, when
   *     there is no next attempt
   */
  Duration nextDelay(RetryableException e) {
    if (attempt >= policy.maxAttempts() || !safeToRepeat(e)) {
      throw finalFailure(e);
    }
    Duration retryAfter = e.retryAfter() == null ? null
        : Duration.ofMillis(Math.max(0, e.retryAfter() - clock.millis()));
    Duration delay = policy.delayBefore(attempt, retryAfter);
    if (delay == null || clock.millis() + delay.toMillis() - startMillis > callTimeout.toMillis()) {
      throw finalFailure(e);
    }
    attempt++;
    return delay;
  }

  /** Attempts begun so far in this call, the first included. */
  int attempts() {
    return attempt;
  }

  /** Whether repeating cannot duplicate a write. */
  static boolean safeToRepeat(RetryableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
      return true; // the request never left this machine
    }
    if (IDEMPOTENT_METHODS.contains(e.method())) {
      return true;
    }
    Request request = e.request();
    MethodMetadata metadata = request == null ? null : request.requestTemplate().methodMetadata();
    return metadata != null && metadata.method().isAnnotationPresent(Idempotent.class);
  }

  /**
   * Feign rethrows the cause of what we throw (UNWRAP policy): make that cause a Switchboard
   * exception, translating I/O failures into {@link TransportException}.
   */
  private RetryableException finalFailure(RetryableException e) {
    if (e.getCause() instanceof SwitchboardException) {
      return e;
    }
    String operation = Responses.operation(e.methodKey() != null ? e.methodKey() : configKey(e));
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    boolean timeout = cause instanceof InterruptedIOException;
    TransportException transport = new TransportException(provider, operation, timeout, cause);
    return new RetryableException(-1, transport.getMessage(), e.method(), transport, (Long) null, e.request());
  }

  private static String configKey(RetryableException e) {
    Request request = e.request();
    MethodMetadata metadata = request == null ? null : request.requestTemplate().methodMetadata();
    return metadata == null ? null : metadata.configKey();
  }

  @Override
  public PolicyRetryer clone() {
    return new PolicyRetryer(provider, policy, callTimeout, clock);
  }

  /**
   * The retryer the async clients give AsyncFeign: it never retries there, it hands the
   * {@link RetryableException} itself out in the failed future (Feign unwraps one level), so that
   * {@link ClientInvocation} can decide with a {@link PolicyRetryer} and wait on a timer.
   */
  static final class HandOut implements Retryer {
    @Override
    public void continueOrPropagate(RetryableException e) {
      throw new RetryableException(e.status(), e.getMessage(), e.method(), e, e.retryAfter(), e.request());
    }

    @Override
    public Retryer clone() {
      return this;
    }
  }
}
