package dev.switchboard.runtime.graphql;

import dev.switchboard.runtime.http.Idempotent;
import feign.Headers;
import feign.RequestLine;
import java.util.concurrent.CompletableFuture;

/** Non-blocking twin of {@link GraphQlEndpoint}. */
public interface GraphQlEndpointAsync {
  /**
   * @param body the JSON request body
   * @return the raw JSON response
   */
  @Idempotent
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  CompletableFuture<String> query(byte[] body);

  /**
   * @param body the JSON request body
   * @return the raw JSON response
   */
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  CompletableFuture<String> mutate(byte[] body);
}
