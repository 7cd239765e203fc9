package dev.switchboard.runtime.internal.graphql;

import dev.switchboard.runtime.internal.Idempotent;
import dev.switchboard.runtime.internal.OperationBody;

/**
 * The one HTTP call GraphQL makes. Two methods so the retry policy can tell a query (safe to
 * repeat) from a mutation (never replayed once it may have reached the server). The body names
 * its operation, which the pipeline reports instead of these methods' names, and reads the answer
 * itself in the pipeline's error mapping step ({@link OperationBody}), so nothing comes back here.
 * Each is a JSON POST to the endpoint's URL itself ({@link GraphQlEndpointImpl}).
 */
public interface GraphQlEndpoint {
  /**
   * @param body the composed request; it keeps the parsed data
   */
  @Idempotent
  void query(OperationBody body);

  /**
   * @param body the composed request; it keeps the parsed data
   */
  void mutate(OperationBody body);
}
