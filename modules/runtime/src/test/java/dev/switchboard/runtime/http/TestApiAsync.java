package dev.switchboard.runtime.http;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The async twin of {@link TestApi}, as the generated {@code *Async} interfaces are. */
interface TestApiAsync {
  @RequestLine("GET /things/{id}")
  @Headers("Accept: application/json")
  CompletableFuture<Map<String, Object>> get(@Param("id") String id);

  @RequestLine("POST /things")
  @Headers("Content-Type: application/json")
  CompletableFuture<Map<String, Object>> create(Map<String, Object> body);

  @RequestLine("DELETE /things/{id}")
  CompletableFuture<Void> delete(@Param("id") String id);
}
