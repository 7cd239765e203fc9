package dev.switchboard.runtime.internal.graphql;

import com.apollographql.apollo3.api.Operation;
import com.apollographql.apollo3.api.Operations;
import com.apollographql.apollo3.api.Query;
import com.apollographql.apollo3.api.json.BufferedSinkJsonWriter;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.internal.Redactor;
import java.util.concurrent.CompletableFuture;
import okio.Buffer;

/**
 * Executes Apollo-generated operations: POSTs {@code {query, operationName, variables}} as composed
 * by the operation through the client's pipeline, which reports the call under the operation's
 * name and, in its error mapping step, parses the answer with the operation's own adapters and
 * turns a GraphQL {@code errors} array into the typed exception for its {@code extensions.code},
 * keeping any partial data reachable through {@link ApiException#partialData()}
 * ({@link GraphQlRequest}). So the observation, the logs and the caller see one outcome.
 * Thread-safe.
 */
public final class GraphQlClient {
  private final String provider;
  private final GraphQlEndpoint endpoint;
  private final GraphQlEndpointAsync endpointAsync;
  private final Redactor redactor;

  /**
   * @param config the client settings; the base URL is the GraphQL endpoint itself
   */
  public GraphQlClient(ClientConfig config) {
    this.provider = config.provider();
    this.endpoint = config.client(GraphQlEndpoint.class);
    this.endpointAsync = config.asyncClient(GraphQlEndpointAsync.class);
    this.redactor = new Redactor(config.credential().secrets());
  }

  /**
   * Runs one operation.
   *
   * @param operation a generated query or mutation with its variables
   * @param <D> the operation's data type
   * @return the data; never null
   * @throws ApiException for HTTP errors and for GraphQL errors (typed by {@code extensions.code})
   * @throws TransportException when no answer arrived
   * @throws UnexpectedResponseException when the answer is not a GraphQL response for the operation
   */
  public <D extends Operation.Data> D execute(Operation<D> operation) {
    GraphQlRequest<D> request = request(operation);
    if (operation instanceof Query) {
      endpoint.query(request);
    } else {
      endpoint.mutate(request);
    }
    return request.data();
  }

  /**
   * Runs one operation without blocking the caller; same rules as {@link #execute(Operation)}.
   *
   * @param operation a generated query or mutation with its variables
   * @param <D> the operation's data type
   * @return completes with the data, or exceptionally with the same exception types
   */
  public <D extends Operation.Data> CompletableFuture<D> executeAsync(Operation<D> operation) {
    GraphQlRequest<D> request;
    CompletableFuture<Void> sent;
    try {
      request = request(operation);
      sent = operation instanceof Query ? endpointAsync.query(request) : endpointAsync.mutate(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<D> out = new CompletableFuture<>();
    sent.whenComplete((ignored, failure) -> {
      // Whatever happens in here, the future completes: a throw from this callback would be lost.
      try {
        if (failure != null) {
          Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          out.completeExceptionally(cause instanceof SwitchboardException || cause instanceof Error
              || cause instanceof java.util.concurrent.CancellationException ? cause
              : new TransportException(provider, operation.name(), false, cause));
        } else {
          out.complete(request.data());
        }
      } catch (Throwable e) {
        out.completeExceptionally(e instanceof SwitchboardException ? e
            : new UnexpectedResponseException(provider, operation.name(), 200, e.getClass().getSimpleName()));
      }
    });
    return out;
  }

  /** Checks the required variables (nothing is sent without them) and composes the body. */
  private <D extends Operation.Data> GraphQlRequest<D> request(Operation<D> operation) {
    RequiredVariables.check(provider, operation.name(), operation);
    Buffer buffer = new Buffer();
    BufferedSinkJsonWriter writer = new BufferedSinkJsonWriter(buffer);
    Operations.composeJsonRequest(operation, writer); // into memory: no I/O can fail here
    writer.flush();
    return new GraphQlRequest<>(provider, operation, buffer.readByteArray(), redactor);
  }
}
