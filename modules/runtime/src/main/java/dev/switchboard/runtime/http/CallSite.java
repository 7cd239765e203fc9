package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Operation;

/**
 * What the pipeline needs to know about one generated method: its {@link Operation} and whether
 * the caller waits. Made once per method and client, so no call works it out again.
 */
final class CallSite {
  final Operation op;
  final String operation;
  /** Marked idempotent in the spec: a POST that is a read, safe to repeat. */
  final boolean idempotent;
  /** Returns a future: the caller does not wait. */
  final boolean async;
  /** Returns {@link ApiResponse}: a 3xx is a result the caller reads, not an error. */
  final boolean returnsApiResponse;

  CallSite(Operation op, boolean async) {
    this.op = op;
    this.operation = op.name();
    this.idempotent = op.isIdempotent();
    this.async = async;
    this.returnsApiResponse = op.isWithHttpInfo();
  }
}
