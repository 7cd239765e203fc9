package dev.switchboard.runtime.http;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The async twin of {@link TestApi}, as the generated {@code *Async} interfaces are. */
interface TestApiAsync {
  CompletableFuture<Map<String, Object>> get(String id);

  CompletableFuture<Map<String, Object>> create(Map<String, Object> body);

  CompletableFuture<Void> delete(String id);
}
