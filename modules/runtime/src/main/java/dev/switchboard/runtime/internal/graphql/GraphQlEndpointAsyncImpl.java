package dev.switchboard.runtime.internal.graphql;

import dev.switchboard.runtime.internal.ApiBinding;
import dev.switchboard.runtime.internal.OperationBody;
import java.util.concurrent.CompletableFuture;

/** {@link GraphQlEndpointAsync} over the client's async binding: the same requests as {@link GraphQlEndpointImpl}. */
final class GraphQlEndpointAsyncImpl implements GraphQlEndpointAsync {
  private final ApiBinding binding;

  GraphQlEndpointAsyncImpl(ApiBinding binding) {
    this.binding = binding;
  }

  @Override
  public CompletableFuture<Void> query(OperationBody body) {
    return binding.start(GraphQlEndpointImpl.QUERY, body).body(body).sendAsync(void.class);
  }

  @Override
  public CompletableFuture<Void> mutate(OperationBody body) {
    return binding.start(GraphQlEndpointImpl.MUTATE, body).body(body).sendAsync(void.class);
  }
}
