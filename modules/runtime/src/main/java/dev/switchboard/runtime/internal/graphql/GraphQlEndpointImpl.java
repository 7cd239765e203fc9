package dev.switchboard.runtime.internal.graphql;

import dev.switchboard.runtime.internal.ApiBinding;
import dev.switchboard.runtime.internal.Operation;
import dev.switchboard.runtime.internal.OperationBody;

/** {@link GraphQlEndpoint} over the client's binding: a JSON POST to the endpoint's URL. */
final class GraphQlEndpointImpl implements GraphQlEndpoint {
  /** A query: a read, repeated by the retry step like a GET. */
  static final Operation QUERY = post("query").idempotent();
  /** A mutation: never repeated once it may have reached the server. */
  static final Operation MUTATE = post("mutate");

  private final ApiBinding binding;

  GraphQlEndpointImpl(ApiBinding binding) {
    this.binding = binding;
  }

  static Operation post(String name) {
    return Operation.of("POST", "", name).header("Content-Type", "application/json")
        .header("Accept", "application/json").param("body", false);
  }

  @Override
  public void query(OperationBody body) {
    binding.start(QUERY, body).body(body).send(void.class);
  }

  @Override
  public void mutate(OperationBody body) {
    binding.start(MUTATE, body).body(body).send(void.class);
  }
}
