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

  /** A form body, as openapi-generator's Feign library emits it: one {@code @Param} per field, named as sent. */
  @RequestLine("POST /things/{id}")
  @Headers({"Content-Type: application/x-www-form-urlencoded", "Accept: application/json"})
  Map<String, Object> updateForm(@Param("id") String id, @Param("FriendlyName") String friendlyName,
      @Param("Available") Boolean available, @Param("Tags") java.util.List<String> tags);

  @RequestLine("GET /search")
  @Headers("Accept: application/json")
  Map<String, Object> searchBy(@feign.QueryMap Map<String, Object> query);
}
