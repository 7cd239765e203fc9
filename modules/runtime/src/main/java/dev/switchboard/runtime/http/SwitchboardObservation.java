package dev.switchboard.runtime.http;

/**
 * The names of what Switchboard reports to a Micrometer {@code ObservationRegistry} set with
 * {@link ClientBuilder#observationRegistry}: one observation per call, named {@link #NAME}, with the
 * low-cardinality keys below (a timer {@code switchboard.client.requests} with these tags, and a
 * client span, when the registry has the usual Micrometer and Micrometer Tracing handlers), and one
 * {@link #RETRY_EVENT} event per retry (a counter {@code switchboard.client.requests.retry}, and an
 * event on the span).
 *
 * <p>The observation covers the HTTP exchange of a call, all its attempts and waits included, from
 * after its arguments were checked until the final response or error; not the decoding of the
 * response body. These constants name no Micrometer type, so code may use them without Micrometer.
 */
public final class SwitchboardObservation {
  /** The observation's name, and so the timer's. */
  public static final String NAME = "switchboard.client.requests";

  /** Key: the platform, e.g. {@code bird}. */
  public static final String PLATFORM = "platform";
  /** Key: the operation, as in exceptions, e.g. {@code listAgents}. */
  public static final String OPERATION = "operation";
  /** Key: how the call ended, one of the {@code OUTCOME_*} values. */
  public static final String OUTCOME = "outcome";
  /** Key: the final HTTP status, or {@link #STATUS_NONE} when no response came. */
  public static final String STATUS = "status";
  /** Key: how many attempts the call made, from {@code 1}. */
  public static final String ATTEMPTS = "attempts";

  /** Outcome: a 2xx (or a non-2xx the call treats as its result). */
  public static final String OUTCOME_SUCCESS = "success";
  /** Outcome: the platform refused the request (a 4xx other than 429, or a GraphQL error). */
  public static final String OUTCOME_CLIENT_ERROR = "client_error";
  /** Outcome: the platform failed (a 5xx). */
  public static final String OUTCOME_SERVER_ERROR = "server_error";
  /** Outcome: rate limited (429) after every retry the policy allowed. */
  public static final String OUTCOME_RATE_LIMITED = "rate_limited";
  /** Outcome: no usable response (connect failure, timeout, reset). */
  public static final String OUTCOME_TRANSPORT = "transport";
  /** Outcome: anything else (a response or a failure nothing above describes, a cancelled call). */
  public static final String OUTCOME_UNEXPECTED = "unexpected";

  /** The {@link #STATUS} value of a call that got no response. */
  public static final String STATUS_NONE = "none";

  /** The event each retry adds to the observation, just before its wait. */
  public static final String RETRY_EVENT = "retry";

  private SwitchboardObservation() {}
}
