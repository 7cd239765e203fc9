package dev.switchboard.runtime.internal.graphql;

import dev.switchboard.runtime.internal.Idempotent;
import dev.switchboard.runtime.internal.OperationBody;
import java.util.concurrent.CompletableFuture;

/** Non-blocking twin of {@link GraphQlEndpoint}. */
public interface GraphQlEndpointAsync {
  /**
   * @param body the composed request; it keeps the parsed data
   * @return completes when the answer was read into the body
   */
  @Idempotent
  CompletableFuture<Void> query(OperationBody body);

  /**
   * @param body the composed request; it keeps the parsed data
   * @return completes when the answer was read into the body
   */
  CompletableFuture<Void> mutate(OperationBody body);
}
