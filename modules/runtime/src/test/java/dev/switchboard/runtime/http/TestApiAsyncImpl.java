package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.ApiBinding;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link TestApiAsync} as the generator would write it: {@link TestApiImpl}'s operations, sent without waiting. */
final class TestApiAsyncImpl implements TestApiAsync {
  private final ApiBinding binding;

  TestApiAsyncImpl(ApiBinding binding) {
    this.binding = binding;
  }

  @Override
  public CompletableFuture<Map<String, Object>> get(String id) {
    return binding.start(TestApiImpl.GET, id).path("id", id).sendAsync(TestApiImpl.MAP);
  }

  @Override
  public CompletableFuture<Map<String, Object>> create(Map<String, Object> body) {
    return binding.start(TestApiImpl.CREATE, body).body(body).sendAsync(TestApiImpl.MAP);
  }

  @Override
  public CompletableFuture<Void> delete(String id) {
    return binding.start(TestApiImpl.DELETE, id).path("id", id).sendAsync(Void.class);
  }
}
