package dev.switchboard.runtime.graphql;

import com.apollographql.apollo3.api.ApolloResponse;
import com.apollographql.apollo3.api.Error;
import com.apollographql.apollo3.api.Operation;
import com.apollographql.apollo3.api.Operations;
import com.apollographql.apollo3.api.Query;
import com.apollographql.apollo3.api.json.BufferedSinkJsonWriter;
import com.apollographql.apollo3.api.json.BufferedSourceJsonReader;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.ErrorContext;
import dev.switchboard.runtime.error.GraphQlError;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.http.Redactor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    String name = operation.name();
    RequiredVariables.check(provider, name, operation);
    byte[] body = compose(operation);
    Buffer json;
    try {
      json = operation instanceof Query ? endpoint.query(body) : endpoint.mutate(body);
    } catch (RuntimeException e) {
      throw renamed(e, name);
    }
    return parse(operation, json);
  }

  /**
   * Runs one operation without blocking the caller; same rules as {@link #execute(Operation)}.
   *
   * @param operation a generated query or mutation with its variables
   * @param <D> the operation's data type
   * @return completes with the data, or exceptionally with the same exception types
   */
  public <D extends Operation.Data> CompletableFuture<D> executeAsync(Operation<D> operation) {
    String name = operation.name();
    CompletableFuture<Buffer> sent;
    try {
      RequiredVariables.check(provider, name, operation);
      byte[] body = compose(operation);
      sent = operation instanceof Query ? endpointAsync.query(body) : endpointAsync.mutate(body);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(renamed(e, name));
    }
    CompletableFuture<D> out = new CompletableFuture<>();
    sent.whenComplete((json, failure) -> {
      // Whatever happens in here, the future completes: a throw from this callback would be lost.
      try {
        if (failure != null) {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
          out.completeExceptionally(cause instanceof RuntimeException ? renamed((RuntimeException) cause, name)
              : new TransportException(provider, name, false, cause));
        } else {
          out.complete(parse(operation, json));
        }
      } catch (Throwable e) {
        out.completeExceptionally(e instanceof SwitchboardException ? e
            : new UnexpectedResponseException(provider, name, 200, e.getClass().getSimpleName()));
      }
    });
    return out;
  }

  /** Report the GraphQL operation's name, not the endpoint method ("query"/"mutate"). */
  private RuntimeException renamed(RuntimeException e, String name) {
    if (e instanceof ApiException) {
      return ApiException.of(((ApiException) e).context().withOperation(name));
    }
    if (e instanceof TransportException) {
      return new TransportException(provider, name, ((TransportException) e).isTimeout(), e.getCause());
    }
    if (e instanceof UnexpectedResponseException) {
      UnexpectedResponseException u = (UnexpectedResponseException) e;
      return u.detail().isPresent() ? new UnexpectedResponseException(provider, name, u.status(), u.detail().get())
          : new UnexpectedResponseException(provider, name, u.status(), u.getCause());
    }
    return e;
  }

  /**
   * Parses the answer's bytes in place with the operation's adapters, on Jackson's parser. They
   * used to arrive as a {@code String} that Apollo wrote back into a Buffer and read with its own
   * reader: 149 KB allocated per 100-agent bcrumbs call against raw's 80 KB (BENCHMARKS.md,
   * "Issue 14: performance holds"). The body becomes text only for the error path, which keeps it
   * (redacted) in the exception.
   */
  private <D extends Operation.Data> D parse(Operation<D> operation, Buffer json) {
    String name = operation.name();
    ApolloResponse<D> response;
    try {
      response = read(operation, json);
    } catch (Exception e) {
      json.clear();
      // Apollo's parser throws checked exceptions it does not declare (EOFException on an empty
      // or truncated body), and its messages may quote values: keep the type only.
      throw new UnexpectedResponseException(provider, name, 200,
          "not a GraphQL response for this operation (" + e.getClass().getSimpleName() + ")");
    }
    if (response.errors != null && !response.errors.isEmpty()) {
      throw toException(name, response, redactor.redact(json.readUtf8()));
    }
    json.clear(); // hands the segments back to okio's pool for the next call
    if (response.data == null) {
      throw new UnexpectedResponseException(provider, name, 200, "no data and no errors");
    }
    return response.data;
  }

  private static <D extends Operation.Data> ApolloResponse<D> read(Operation<D> operation, Buffer json) throws IOException {
    // peek(): the reader consumes a view, so the bytes are still here for the error path or a second parse.
    try (JacksonJsonReader reader = new JacksonJsonReader(json.peek().inputStream())) {
      return Operations.parseJsonResponse(operation, reader);
    } catch (JacksonJsonReader.RewindUnsupported e) {
      // Adapters that rewind (fragments on polymorphic fields) need Apollo's own reader.
      return Operations.parseJsonResponse(operation, new BufferedSourceJsonReader(json.peek()));
    }
  }

  private static byte[] compose(Operation<?> operation) {
    Buffer buffer = new Buffer();
    BufferedSinkJsonWriter writer = new BufferedSinkJsonWriter(buffer);
    Operations.composeJsonRequest(operation, writer); // into memory: no I/O can fail here
    writer.flush();
    return buffer.readByteArray();
  }

  /** A copy with every string redacted and every secret-named field masked, nested maps and lists included. */
  private Object redactValue(Object value, int depth) {
    if (value instanceof String) {
      return redactor.redact((String) value);
    }
    if (depth > 32) {
      return value instanceof Map || value instanceof List ? Redactor.MASK : value;
    }
    if (value instanceof Map<?, ?>) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        String key = redactor.redact(String.valueOf(entry.getKey()));
        out.put(key, Redactor.isSecretName(key) ? Redactor.MASK : redactValue(entry.getValue(), depth + 1));
      }
      return out;
    }
    if (value instanceof List<?>) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(redactValue(item, depth + 1));
      }
      return out;
    }
    return value;
  }

  private ApiException toException(String operation, ApolloResponse<?> response, String body) {
    List<GraphQlError> errors = new ArrayList<>();
    for (Error e : response.errors) {
      Map<String, Object> ext = e.getExtensions();
      Object code = ext == null ? null : ext.get("code");
      // Extensions and path are the server's free text too: a server may echo the key there.
      @SuppressWarnings("unchecked")
      Map<String, Object> redactedExt = (Map<String, Object>) redactValue(ext, 0);
      @SuppressWarnings("unchecked")
      List<Object> redactedPath = (List<Object>) redactValue(e.getPath(), 0);
      errors.add(new GraphQlError(redactor.redact(e.getMessage()), redactedPath,
          code == null ? null : redactor.redact(code.toString()), redactedExt));
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
