package dev.switchboard.runtime.graphql;

import dev.switchboard.runtime.http.Idempotent;
import feign.Headers;
import feign.RequestLine;
import java.util.concurrent.CompletableFuture;
import okio.Buffer;

/** Non-blocking twin of {@link GraphQlEndpoint}. */
public interface GraphQlEndpointAsync {
  /**
   * @param body the JSON request body
   * @return the raw JSON response, UTF-8 bytes
   */
  @Idempotent
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  CompletableFuture<Buffer> query(byte[] body);

  /**
   * @param body the JSON request body
   * @return the raw JSON response, UTF-8 bytes
   */
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  CompletableFuture<Buffer> mutate(byte[] body);
}
