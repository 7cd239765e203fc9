package dev.switchboard.runtime.graphql;

import dev.switchboard.runtime.http.Idempotent;
import feign.Headers;
import feign.RequestLine;

/**
 * The one HTTP call GraphQL makes. Two methods so the retry policy can tell a query (safe to
 * repeat) from a mutation (never replayed once it may have reached the server).
 */
public interface GraphQlEndpoint {
  /**
   * @param body the JSON request body
   * @return the raw JSON response
   */
  @Idempotent
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String query(byte[] body);

  /**
   * @param body the JSON request body
   * @return the raw JSON response
   */
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  String mutate(byte[] body);
}
