package dev.switchboard.runtime.graphql;

import dev.switchboard.runtime.http.Idempotent;
import feign.Headers;
import feign.RequestLine;
import okio.Buffer;

/**
 * The one HTTP call GraphQL makes. Two methods so the retry policy can tell a query (safe to
 * repeat) from a mutation (never replayed once it may have reached the server). The answer comes
 * back as bytes, not a {@code String}: {@link GraphQlClient} parses them in place.
 */
public interface GraphQlEndpoint {
  /**
   * @param body the JSON request body
   * @return the raw JSON response, UTF-8 bytes
   */
  @Idempotent
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  Buffer query(byte[] body);

  /**
   * @param body the JSON request body
   * @return the raw JSON response, UTF-8 bytes
   */
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  Buffer mutate(byte[] body);
}
