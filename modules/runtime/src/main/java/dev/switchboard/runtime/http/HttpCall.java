package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.RequestScope;
import java.util.HashMap;
import java.util.Map;

/**
 * One call of a generated client method as it goes through the pipeline: which platform and
 * operation, which generated method's arguments, the request, and the attempt number. Steps
 * may keep their own values in the attributes (e.g. a start time); the map is not shared between
 * calls, and a call is handed from step to step without concurrent access.
 */
public final class HttpCall {
  private final String provider;
  private final CallSite site;
  private final Object[] arguments;
  private final boolean async;
  private HttpRequest request;
  private int attempt = 1;
  private Map<String, Object> attributes;
  private boolean argumentsChecked;
  private boolean acceptedAsSuccess;
  private volatile boolean cancelled;
  private RetryListener retryListener;
  /** The call's deadline in its pipeline clock's millis, set by the retry step; none until then. */
  private long deadlineMillis = Long.MAX_VALUE;
  /** The setting that bounds the current attempt, with its value, for a timeout's message. */
  private String attemptLimit;
  /** The setting that bounds the whole call (callTimeout or a RequestOptions timeout), set by the retry step. */
  private String callLimit;
  /** The per-call options of the operation this call belongs to, or null. */
  private RequestScope scope;

  HttpCall(String provider, CallSite site, Object[] arguments, boolean async) {
    this.provider = provider;
    this.site = site;
    this.arguments = arguments;
    this.async = async;
  }

  /**
   * @return the platform name, e.g. {@code "bird"}
   */
  public String provider() {
    return provider;
  }

  /**
   * @return the operation, e.g. {@code "listAgents"} (as in exceptions)
   */
  public String operation() {
    return site.operation;
  }

  /**
   * @return the arguments it was called with (do not modify), or null for none
   */
  public Object[] arguments() {
    return arguments;
  }

  /**
   * @return whether the caller gets a future (an async client) rather than waiting
   */
  public boolean isAsync() {
    return async;
  }

  /**
   * @return the request of the current attempt
   */
  public HttpRequest request() {
    return request;
  }

  /**
   * Replaces the request, e.g. with a changed copy.
   *
   * @param request the request the following steps send
   */
  public void request(HttpRequest request) {
    this.request = java.util.Objects.requireNonNull(request, "request");
  }

  /**
   * @return the current attempt, from 1
   */
  public int attempt() {
    return attempt;
  }

  /**
   * @param name an attribute name
   * @return its value, or null
   */
  public Object attribute(String name) {
    return attributes == null ? null : attributes.get(name);
  }

  /**
   * @param name an attribute name
   * @param value its value, or null to remove it
   */
  public void attribute(String name, Object value) {
    if (attributes == null) {
      attributes = new HashMap<>(4);
    }
    if (value == null) {
      attributes.remove(name);
    } else {
      attributes.put(name, value);
    }
  }

  /** Operation only: arguments may hold anything, secrets included. */
  @Override
  public String toString() {
    return "HttpCall[" + provider + " " + site.operation + ", attempt " + attempt + "]";
  }

  CallSite site() {
    return site;
  }

  void attempt(int attempt) {
    this.attempt = attempt;
  }

  boolean argumentsChecked() {
    return argumentsChecked;
  }

  void argumentsChecked(boolean checked) {
    this.argumentsChecked = checked;
  }

  /** Set by the retry step for a non-2xx that means success (a retried DELETE answered 404). */
  boolean acceptedAsSuccess() {
    return acceptedAsSuccess;
  }

  void acceptAsSuccess() {
    this.acceptedAsSuccess = true;
  }

  /** Null unless an observation step watches this call. */
  RetryListener retryListener() {
    return retryListener;
  }

  void retryListener(RetryListener listener) {
    this.retryListener = listener;
  }

  long deadlineMillis() {
    return deadlineMillis;
  }

  void deadlineMillis(long deadlineMillis) {
    this.deadlineMillis = deadlineMillis;
  }

  String attemptLimit() {
    return attemptLimit;
  }

  void attemptLimit(String limit) {
    this.attemptLimit = limit;
  }

  String callLimit() {
    return callLimit;
  }

  void callLimit(String limit) {
    this.callLimit = limit;
  }

  RequestScope scope() {
    return scope;
  }

  void scope(RequestScope scope) {
    this.scope = scope;
  }

  boolean isCancelled() {
    return cancelled;
  }

  void cancel() {
    this.cancelled = true;
  }
}
