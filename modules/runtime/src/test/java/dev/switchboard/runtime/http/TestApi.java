package dev.switchboard.runtime.http;

import java.util.Map;

/**
 * A small hand-written client interface standing in for a generated one; {@link TestApiImpl} is
 * written as the generator writes implementations (codegen/templates/java-feign/apiImpl.mustache).
 */
interface TestApi {
  Map<String, Object> get(String id);

  Thing getThing(String id);

  record Thing(String id, String name) {}

  ApiResponse<Map<String, Object>> getWithHttpInfo(String id);

  Map<String, Object> create(Map<String, Object> body);

  /** A POST that is a read (x-idempotent), safe to repeat. */
  Map<String, Object> read(Map<String, Object> body);

  void delete(String id);

  Map<String, Object> search(String email);

  /** A form body: one argument per field, named as sent. */
  Map<String, Object> updateForm(String id, String friendlyName, Boolean available, java.util.List<String> tags);

  Map<String, Object> searchBy(Map<String, Object> query);
}
