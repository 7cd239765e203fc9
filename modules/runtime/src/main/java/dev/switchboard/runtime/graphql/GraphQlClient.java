package dev.switchboard.runtime.graphql;

import com.apollographql.apollo3.api.ApolloResponse;
import com.apollographql.apollo3.api.Error;
import com.apollographql.apollo3.api.Operation;
import com.apollographql.apollo3.api.Operations;
import com.apollographql.apollo3.api.Query;
import com.apollographql.apollo3.api.json.BufferedSinkJsonWriter;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.ErrorContext;
import dev.switchboard.runtime.error.GraphQlError;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.http.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * Executes Apollo-generated operations: POSTs {@code {query, operationName, variables}} as composed
 * by the operation, parses the answer with the operation's own adapters, and turns a GraphQL
 * {@code errors} array into the typed exception for its {@code extensions.code}, keeping any
 * partial data reachable through {@link ApiException#partialData()}. Thread-safe.
 */
public final class GraphQlClient {
  private final String provider;
  private final GraphQlEndpoint endpoint;
  private final Redactor redactor;

  /**
   * @param config the client settings; the base URL is the GraphQL endpoint itself
   */
  public GraphQlClient(ClientConfig config) {
    this.provider = config.provider();
    this.endpoint = config.client(GraphQlEndpoint.class);
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
    String name = operation.name();
    RequiredVariables.check(provider, name, operation);
    String json;
    try {
      byte[] body = compose(operation);
      json = operation instanceof Query ? endpoint.query(body) : endpoint.mutate(body);
    } catch (ApiException e) {
      throw ApiException.of(e.context().withOperation(name)); // report the GraphQL operation, not "query"
    } catch (TransportException e) {
      throw new TransportException(provider, name, e.isTimeout(), e.getCause());
    } catch (UnexpectedResponseException e) {
      throw new UnexpectedResponseException(provider, name, e.status(), e.getCause());
    }
    ApolloResponse<D> response;
    try {
      response = Operations.parseJsonResponse(operation, json);
    } catch (RuntimeException e) {
      throw new UnexpectedResponseException(provider, name, 200, e);
    }
    if (response.errors != null && !response.errors.isEmpty()) {
      throw toException(name, response, redactor.redact(json));
    }
    if (response.data == null) {
      throw new UnexpectedResponseException(provider, name, 200, new IllegalStateException("no data and no errors"));
    }
    return response.data;
  }

  private static byte[] compose(Operation<?> operation) {
    Buffer buffer = new Buffer();
    BufferedSinkJsonWriter writer = new BufferedSinkJsonWriter(buffer, "");
    Operations.composeJsonRequest(operation, writer); // into memory: no I/O can fail here
    writer.flush();
    return buffer.readByteArray();
  }

  private ApiException toException(String operation, ApolloResponse<?> response, String body) {
    List<GraphQlError> errors = new ArrayList<>();
    for (Error e : response.errors) {
      Map<String, Object> ext = e.getExtensions();
      Object code = ext == null ? null : ext.get("code");
      errors.add(new GraphQlError(redactor.redact(e.getMessage()), e.getPath(), code == null ? null : code.toString(), ext));
    }
    ErrorContext context = new ErrorContext(provider, operation, 200, null, body, null, errors, response.data);
    String code = errors.get(0).code() == null ? "" : errors.get(0).code();
    switch (code) {
      case "UNAUTHENTICATED":
        return new AuthenticationException(context);
      case "FORBIDDEN":
        return new PermissionException(context);
      case "NOT_FOUND":
        return new NotFoundException(context);
      case "BAD_USER_INPUT":
      case "GRAPHQL_VALIDATION_FAILED":
        return new ValidationException(context);
      case "RATE_LIMITED":
        return new RateLimitedException(context);
      default:
        return new ApiException(context);
    }
  }
}
