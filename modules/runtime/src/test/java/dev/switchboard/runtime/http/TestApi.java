package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Idempotent;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.Map;

/** A small hand-written Feign interface standing in for a generated one. */
interface TestApi {
  @RequestLine("GET /things/{id}")
  @Headers("Accept: application/json")
  Map<String, Object> get(@Param("id") String id);

  @RequestLine("GET /things/{id}")
  @Headers("Accept: application/json")
  Thing getThing(@Param("id") String id);

  /** A typed body, as the generated models are. */
  record Thing(String id, String name) {}

  @RequestLine("GET /things/{id}")
  ApiResponse<Map<String, Object>> getWithHttpInfo(@Param("id") String id);

  @RequestLine("POST /things")
  @Headers("Content-Type: application/json")
  Map<String, Object> create(Map<String, Object> body);

  @Idempotent
  @RequestLine("POST /read")
  @Headers("Content-Type: application/json")
  Map<String, Object> read(Map<String, Object> body);

  @RequestLine("DELETE /things/{id}")
  void delete(@Param("id") String id);

  @RequestLine("GET /search?email={email}")
  @Headers("Accept: application/json")
  Map<String, Object> search(@Param("email") String email);

  @RequestLine("GET /search")
  @Headers("Accept: application/json")
  Map<String, Object> searchBy(@feign.QueryMap Map<String, Object> query);
}
