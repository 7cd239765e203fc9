package dev.switchboard.runtime.internal.graphql;

import dev.switchboard.runtime.internal.Idempotent;
import dev.switchboard.runtime.internal.OperationBody;
import feign.Headers;
import feign.RequestLine;
import java.util.concurrent.CompletableFuture;

/** Non-blocking twin of {@link GraphQlEndpoint}. */
public interface GraphQlEndpointAsync {
  /**
   * @param body the composed request; it keeps the parsed data
   * @return completes when the answer was read into the body
   */
  @Idempotent
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  CompletableFuture<Void> query(OperationBody body);

  /**
   * @param body the composed request; it keeps the parsed data
   * @return completes when the answer was read into the body
   */
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  CompletableFuture<Void> mutate(OperationBody body);
}
