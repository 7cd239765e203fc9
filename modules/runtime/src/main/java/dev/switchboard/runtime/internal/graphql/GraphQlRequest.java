package dev.switchboard.runtime.internal.graphql;

import com.apollographql.apollo3.api.ApolloResponse;
import com.apollographql.apollo3.api.Error;
import com.apollographql.apollo3.api.Operation;
import com.apollographql.apollo3.api.Operations;
import com.apollographql.apollo3.api.json.BufferedSourceJsonReader;
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
import dev.switchboard.runtime.http.HttpResponse;
import dev.switchboard.runtime.internal.OperationBody;
import dev.switchboard.runtime.internal.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okio.Buffer;

/**
 * One GraphQL call's body as it goes through the pipeline: the composed request, and the judge of
 * its answer, which the error mapping step calls on every final 2xx. A GraphQL {@code errors}
 * array becomes the typed exception for its first {@code extensions.code} there, with any partial
 * data kept (typed by the operation's adapters), so the observation records the outcome the caller
 * gets; on success the parsed data waits here for {@link GraphQlClient}. One per call.
 *
 * @param <D> the operation's data type
 */
final class GraphQlRequest<D extends Operation.Data> implements OperationBody {
  private final String provider;
  private final Operation<D> operation;
  private final byte[] bytes;
  private final Redactor redactor;
  /** Written by the judge (on the transport's thread for an async call), read after the call completed. */
  private volatile D data;

  GraphQlRequest(String provider, Operation<D> operation, byte[] bytes, Redactor redactor) {
    this.provider = provider;
    this.operation = operation;
    this.bytes = bytes;
    this.redactor = redactor;
  }

  @Override
  public String operation() {
    return operation.name();
  }

  @Override
  public byte[] bytes() {
    return bytes;
  }

  /** The data the judge kept; the call succeeded, so it is there. */
  D data() {
    D d = data;
    if (d == null) {
      // Only a pipeline that skipped the judge gets here: said plainly, never a NullPointerException.
      throw new UnexpectedResponseException(provider, operation(), 200, "the answer was not read");
    }
    return d;
  }

  /**
   * Parses the answer's bytes in place with the operation's adapters, on Jackson's parser. They
   * used to arrive as a {@code String} that Apollo wrote back into a Buffer and read with its own
   * reader: 149 KB allocated per 100-agent bcrumbs call against raw's 80 KB (BENCHMARKS.md,
   * "Issue 14: performance holds"). The body becomes text only for the error path, which keeps it
   * (redacted) in the exception.
   */
  @Override
  public RuntimeException judge(HttpResponse response, String requestId) {
    String name = operation();
    Buffer json;
    try {
      json = bytes(response);
    } catch (IOException e) {
      // The answer stopped coming (a read timeout, a reset): a transport failure, as on any call.
      return new TransportException(provider, name, e instanceof InterruptedIOException, e);
    }
    ApolloResponse<D> parsed;
    try {
      parsed = read(json);
    } catch (Exception e) {
      // Apollo's parser throws checked exceptions it does not declare (EOFException on an empty
      // or truncated body), and its messages may quote values: keep the type only.
      return new UnexpectedResponseException(provider, name, response.status(),
          "not a GraphQL response for this operation (" + e.getClass().getSimpleName() + ")");
    }
    if (parsed.errors != null && !parsed.errors.isEmpty()) {
      return toException(name, response.status(), requestId, parsed, redactor.redact(json.readUtf8()));
    }
    json.clear(); // hands the segments back to okio's pool for the next call
    if (parsed.data == null) {
      return new UnexpectedResponseException(provider, name, response.status(), "no data and no errors");
    }
    data = parsed.data;
    return null;
  }

  /** The body as UTF-8 bytes in okio's pooled segments; a declared other charset is read in it. */
  private static Buffer bytes(HttpResponse response) throws IOException {
    Buffer out = new Buffer();
    InputStream in = response.body();
    if (in == null) {
      return out;
    }
    Charset charset = charset(response.header("Content-Type"));
    if (StandardCharsets.UTF_8.equals(charset)) {
      out.readFrom(in);
    } else {
      out.writeString(new String(in.readAllBytes(), charset), StandardCharsets.UTF_8);
    }
    return out;
  }

  /** The declared charset, UTF-8 (JSON's own) when none or an unknown one is declared. */
  private static Charset charset(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    return type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
  }

  private ApolloResponse<D> read(Buffer json) throws IOException {
    // peek(): the reader consumes a view, so the bytes are still here for the error path or a second parse.
    try (JacksonJsonReader reader = new JacksonJsonReader(json.peek().inputStream())) {
      return Operations.parseJsonResponse(operation, reader);
    } catch (JacksonJsonReader.RewindUnsupported e) {
      // Adapters that rewind (fragments on polymorphic fields) need Apollo's own reader.
      return Operations.parseJsonResponse(operation, new BufferedSourceJsonReader(json.peek()));
    }
  }

  private ApiException toException(String name, int status, String requestId, ApolloResponse<D> response, String body) {
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
    ErrorContext context = new ErrorContext(provider, name, status, requestId, body, null, errors, response.data);
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
}
