package dev.switchboard.runtime.internal;

import dev.switchboard.runtime.http.HttpResponse;

/**
 * A request body that names its own operation and judges its own answers: GraphQL's, where one
 * endpoint method carries every operation and an error comes back in a body answered with HTTP
 * 200. A client method taking one as its first argument reports the body's {@link #operation()}
 * (in the observation, the logs and every exception) instead of the method's name, and the error
 * mapping step hands the body each final 2xx answer, so the outcome it judges is the one the
 * observation and the logs record and the caller gets. The runtime's GraphQL client implements
 * it; users have no need to.
 */
public interface OperationBody {
  /**
   * @return the operation's name as the platform knows it, e.g. {@code agents}
   */
  String operation();

  /**
   * @return the request body to send, as is
   */
  byte[] bytes();

  /**
   * Reads a final 2xx answer (the error mapping step closes it afterwards) and keeps what the
   * caller needs from it.
   *
   * @param response the answer
   * @param requestId the platform's request id, redacted, or null
   * @return null when the answer is a success, else the typed exception the caller gets (the
   *     runtime's error types only, with secrets removed)
   */
  RuntimeException judge(HttpResponse response, String requestId);
}
