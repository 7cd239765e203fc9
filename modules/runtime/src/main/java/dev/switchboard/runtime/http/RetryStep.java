package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Redactor;
import dev.switchboard.runtime.internal.Idempotent;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Repeats an attempt when {@link RetryPolicy} allows it, and only when repeating cannot duplicate a
 * write: GET, HEAD, OPTIONS, PUT, DELETE, methods marked {@link Idempotent}, any request whose
 * connection was never established, and any request answered 429 (the server refused it before
 * acting). The only place the policy is read, and the only owner of resends: callers such as the
 * sync engine pace their requests but never repeat one themselves.
 *
 * <p>It honours {@code Retry-After} up to {@link RetryPolicy#maxRetryAfter()} (a longer one ends the
 * retries, so the caller sees the server's value), and never waits past the call's deadline. A
 * synchronous call waits on the caller's thread; an asynchronous one waits on a timer, never on an
 * HTTP thread, and a cancelled call makes no further attempt.
 *
 * <p>A DELETE that was repeated (an earlier response was lost) and is then answered 404 has
 * succeeded: an earlier attempt deleted it.
 *
 * <p>Each retry is a DEBUG line on {@code dev.switchboard.retry} (platform, operation, the failed
 * attempt's reason, the wait and whether it is the server's {@code Retry-After}), through the same
 * {@link Redactor} as the wire log, and an event on the call's observation when one watches it. A
 * {@code Retry-After} longer than the policy allows is logged too, since it ends the retries.
 */
final class RetryStep implements HttpPipelinePolicy {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("dev.switchboard.http");
  /** Retry decisions, apart from the wire log so a user can see them without it. */
  private static final org.slf4j.Logger RETRIES = org.slf4j.LoggerFactory.getLogger("dev.switchboard.retry");
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  private final RetryPolicy policy;
  private final Duration callTimeout;
  private final Clock clock;
  private final Redactor redactor;
  private final String callLimit;

  RetryStep(RetryPolicy policy, Duration callTimeout, Clock clock, Redactor redactor) {
    this.policy = policy;
    this.callTimeout = callTimeout;
    this.clock = clock;
    this.redactor = redactor;
    this.callLimit = "callTimeout of " + Timeouts.describe(callTimeout);
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    Run run = new Run(call, next, call.request());
    // A RequestOptions timeout replaces callTimeout: the time its operation has left.
    Duration left = call.scope() == null ? null : call.scope().remaining();
    Duration limit = left == null ? callTimeout : left;
    String limitText = left == null ? callLimit
        : "RequestOptions timeout of " + Timeouts.describe(call.scope().options().timeout());
    call.callLimit(limitText);
    if (limit.isNegative() || limit.isZero()) {
      // An earlier request of the operation used the time up: this one is not sent.
      call.attemptLimit(limitText);
      return CompletableFuture.failedFuture(new Timeouts.DeadlineReached(limitText));
    }
    call.deadlineMillis(saturatedAdd(clock.millis(), limit.toMillis()));
    if (call.isAsync()) {
      Deadlines.watch(run.out, limit, () -> {
        // The attempt in flight ends too: its transport timeout is the time that was left.
        call.cancel();
        call.attemptLimit(limitText);
        return new Timeouts.DeadlineReached(limitText);
      });
    }
    attempt(run);
    return run.out;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  /** One call's retry state. */
  private static final class Run {
    final HttpCall call;
    final HttpPipelineNext next;
    /** The request as the per-call steps left it; every attempt starts from a copy. */
    final HttpRequest original;
    final CompletableFuture<HttpResponse> out = new CompletableFuture<>();

    Run(HttpCall call, HttpPipelineNext next, HttpRequest original) {
      this.call = call;
      this.next = next;
      this.original = original;
    }
  }

  private void attempt(Run run) {
    while (true) {
      // A copy only when another attempt may follow: per-attempt changes must not carry over.
      run.call.request(policy.maxAttempts() > 1 ? run.original.copy() : run.original);
      CompletableFuture<HttpResponse> result = Futures.run(run.next, run.call);
      if (!result.isDone()) {
        result.whenComplete((response, failure) -> afterAsync(run, response, failure));
        return;
      }
      HttpResponse response = null;
      Throwable failure = null;
      try {
        response = result.join();
      } catch (CompletionException | CancellationException e) {
        failure = e;
      }
      Duration delay = nextDelay(run, response, failure);
      if (delay == null) {
        settle(run.out, response, failure);
        return;
      }
      if (response != null) {
        response.close();
      }
      if (run.call.isAsync()) {
        later(run, delay);
        return;
      }
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        run.out.completeExceptionally(new InterruptedIOException("interrupted while waiting to retry"));
        return;
      }
      run.call.attempt(run.call.attempt() + 1);
    }
  }

  private void afterAsync(Run run, HttpResponse response, Throwable failure) {
    if (run.out.isDone()) {
      // The deadline ended the call first: nobody reads this answer.
      if (response != null) {
        response.close();
      }
      return;
    }
    Duration delay = nextDelay(run, response, failure);
    if (delay == null) {
      settle(run.out, response, failure);
      return;
    }
    if (response != null) {
      response.close();
    }
    later(run, delay);
  }

  /** A timer, not a sleep: an async attempt completes on the transport's dispatcher thread. */
  private void later(Run run, Duration delay) {
    CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
      if (run.out.isDone()) {
        return; // the deadline ended it while it waited
      }
      if (run.call.isCancelled()) {
        run.out.completeExceptionally(new CancellationException("cancelled while waiting to retry"));
        return;
      }
      run.call.attempt(run.call.attempt() + 1);
      try {
        attempt(run);
      } catch (RuntimeException e) {
        run.out.completeExceptionally(e);
      }
    });
  }

  private static void settle(CompletableFuture<HttpResponse> out, HttpResponse response, Throwable failure) {
    if (failure != null) {
      out.completeExceptionally(Futures.unwrap(failure));
    } else {
      out.complete(response);
    }
  }

  /** The wait before the next attempt, or null when this outcome is final. */
  private Duration nextDelay(Run run, HttpResponse response, Throwable failure) {
    HttpCall call = run.call;
    int attempt = call.attempt();
    Duration retryAfter = null;
    if (failure != null) {
      Throwable cause = Futures.unwrap(failure);
      if (!(cause instanceof IOException)) {
        return null; // not a transport failure: nothing a repeat would fix
      }
      boolean neverSent = cause instanceof ConnectException || cause instanceof UnknownHostException;
      if (!neverSent && !safeToRepeat(call)) {
        return null;
      }
    } else {
      int status = response.status();
      if (status == 404 && attempt > 1 && "DELETE".equals(call.request().method())) {
        LOG.debug("{} {}: 404 on a retried DELETE; an earlier attempt deleted it, so the delete has succeeded",
            call.provider(), call.operation());
        call.acceptAsSuccess();
        return null;
      }
      if (!policy.isRetryableStatus(status)) {
        return null;
      }
      retryAfter = Responses.retryAfter(response.header("Retry-After"), clock);
      // A wait beyond the policy's maximum is not waited for: the caller sees the server's value.
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        if (RETRIES.isDebugEnabled()) {
          // Seconds: a server may send a Retry-After too long to count in milliseconds.
          RETRIES.debug("{} {}: attempt {} answered {} with Retry-After {} s, beyond the policy's maximum of {} s; "
              + "not retrying", call.provider(), call.operation(), attempt, status, retryAfter.getSeconds(),
              policy.maxRetryAfter().getSeconds());
        }
        return null;
      }
      // A 429 is the server refusing the request before acting on it: resending cannot duplicate
      // a write, whatever the method. Any other status may come after the write took effect.
      if (status != 429 && !safeToRepeat(call)) {
        return null;
      }
    }
    if (attempt >= policy.maxAttempts()) {
      return null;
    }
    Duration delay = policy.delayBefore(attempt, retryAfter);
    // A retry that cannot start before the deadline is not started: the caller sees this outcome.
    if (delay == null || clock.millis() + delay.toMillis() >= call.deadlineMillis()) {
      return null;
    }
    RetryListener listener = call.retryListener();
    if (listener != null || RETRIES.isDebugEnabled()) {
      String reason = reason(response, failure);
      if (RETRIES.isDebugEnabled()) {
        RETRIES.debug("{} {}: attempt {} of {} {}; retrying in {} ms{}", call.provider(), call.operation(), attempt,
            policy.maxAttempts(), reason, delay.toMillis(),
            retryAfter != null ? " (the server's Retry-After)" : "");
      }
      if (listener != null) {
        listener.retrying(attempt, reason, delay);
      }
    }
    return delay;
  }

  /** Why an attempt is repeated, for a log line or an event: redacted, since a message may quote anything. */
  private String reason(HttpResponse response, Throwable failure) {
    if (failure != null) {
      Throwable cause = Futures.unwrap(failure);
      return redactor.redact("failed: " + cause.getClass().getSimpleName()
          + (cause.getMessage() != null ? ": " + cause.getMessage() : ""));
    }
    String retryAfter = response.header("Retry-After");
    return "answered " + response.status()
        + (retryAfter != null ? " with Retry-After " + redactor.redact(retryAfter) : "");
  }

  private static boolean safeToRepeat(HttpCall call) {
    return IDEMPOTENT_METHODS.contains(call.request().method()) || call.site().idempotent;
  }
}
