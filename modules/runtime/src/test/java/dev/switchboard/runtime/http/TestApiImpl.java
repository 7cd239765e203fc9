package dev.switchboard.runtime.http;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.runtime.internal.ApiBinding;
import dev.switchboard.runtime.internal.Operation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/** {@link TestApi} as the generator would write it. */
final class TestApiImpl implements TestApi {
  static final Type MAP = new TypeReference<Map<String, Object>>() { }.getType();
  static final Operation GET = Operation.of("GET", "/things/{id}", "get").header("Accept", "application/json").param("id", false);
  static final Operation GET_THING = Operation.of("GET", "/things/{id}", "getThing").header("Accept", "application/json").param("id", false);
  static final Operation GET_WITH_HTTP_INFO = Operation.of("GET", "/things/{id}", "get").param("id", false).withHttpInfo();
  static final Operation CREATE = Operation.of("POST", "/things", "create").header("Content-Type", "application/json").param("body", false);
  static final Operation READ = Operation.of("POST", "/read", "read").header("Content-Type", "application/json").param("body", false).idempotent();
  static final Operation DELETE = Operation.of("DELETE", "/things/{id}", "delete").param("id", false);
  static final Operation SEARCH = Operation.of("GET", "/search", "search").header("Accept", "application/json").param("email", false);
  static final Operation UPDATE_FORM = Operation.of("POST", "/things/{id}", "updateForm")
      .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
      .param("id", false).param("friendlyName", false).param("available", false).param("tags", false);
  static final Operation SEARCH_BY = Operation.of("GET", "/search", "searchBy").header("Accept", "application/json").param("query", false);

  private final ApiBinding binding;

  TestApiImpl(ApiBinding binding) {
    this.binding = binding;
  }

  @Override
  public Map<String, Object> get(String id) {
    return binding.start(GET, id).path("id", id).send(MAP);
  }

  @Override
  public Thing getThing(String id) {
    return binding.start(GET_THING, id).path("id", id).send(Thing.class);
  }

  @Override
  public ApiResponse<Map<String, Object>> getWithHttpInfo(String id) {
    return binding.start(GET_WITH_HTTP_INFO, id).path("id", id).send(MAP);
  }

  @Override
  public Map<String, Object> create(Map<String, Object> body) {
    return binding.start(CREATE, body).body(body).send(MAP);
  }

  @Override
  public Map<String, Object> read(Map<String, Object> body) {
    return binding.start(READ, body).body(body).send(MAP);
  }

  @Override
  public void delete(String id) {
    binding.start(DELETE, id).path("id", id).send(void.class);
  }

  @Override
  public Map<String, Object> search(String email) {
    return binding.start(SEARCH, email).query("email", email).send(MAP);
  }

  @Override
  public Map<String, Object> updateForm(String id, String friendlyName, Boolean available, List<String> tags) {
    return binding.start(UPDATE_FORM, id, friendlyName, available, tags).path("id", id)
        .form("FriendlyName", friendlyName).form("Available", available).form("Tags", tags).send(MAP);
  }

  @Override
  public Map<String, Object> searchBy(Map<String, Object> query) {
    return binding.start(SEARCH_BY, query).queryMap(query).send(MAP);
  }
}
