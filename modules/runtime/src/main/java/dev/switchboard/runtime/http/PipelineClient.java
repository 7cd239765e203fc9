package dev.switchboard.runtime.http;

import feign.AsyncClient;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The pipeline installed as Feign's client, sync and async. Feign keeps what it is good at (the
 * generated interfaces' contract, encoding, decoding); everything between the built request and
 * the decoded response is the pipeline's. A Switchboard exception thrown here passes through Feign
 * untouched (Feign wraps only {@link IOException}s, and the pipeline leaves none).
 */
final class PipelineClient implements Client, AsyncClient<Object> {
  private final HttpPipeline pipeline;
  private final RequiredFieldsStep requiredFields;

  PipelineClient(HttpPipeline pipeline, RequiredFieldsStep requiredFields) {
    this.pipeline = pipeline;
    this.requiredFields = requiredFields;
  }

  /** The pipeline's required-fields step, which the invocation handler runs before Feign. */
  RequiredFieldsStep requiredFields() {
    return requiredFields;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    HttpCall call = start(request, options);
    HttpResponse response;
    try {
      // Complete already: a synchronous call runs every step on this thread.
      response = pipeline.send(call).join();
    } catch (CompletionException e) {
      Throwable cause = Futures.unwrap(e);
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      throw e;
    }
    return toFeign(response, request);
  }

  @Override
  public CompletableFuture<Response> execute(Request request, Request.Options options, Optional<Object> context) {
    HttpCall call = start(request, options);
    return pipeline.send(call).thenApply(response -> toFeign(response, request));
  }

  private static HttpCall start(Request request, Request.Options options) {
    if (!(options instanceof CallOptions)) {
      throw new IllegalStateException("a Switchboard client was called without its invocation handler");
    }
    HttpCall call = ((CallOptions) options).call;
    call.request(new HttpRequest(request.httpMethod().name(), request.url(), request.headers(), request.body()));
    return call;
  }

  private static Response toFeign(HttpResponse response, Request request) {
    Response.Builder b = Response.builder()
        .status(response.status())
        .reason("")
        .request(request)
        .headers(Collections.<String, Collection<String>>unmodifiableMap(response.headers()));
    if (response.body() != null) {
      b.body(response.body(), null);
    }
    return b.build();
  }

  /**
   * Carries the call from the invocation handler to this client. Feign passes a {@link Request.Options}
   * found among a method's arguments to its client on every call, sync and async; the handler
   * appends one, so the call travels with the request on whatever thread Feign uses, with no
   * thread-local. Its timeouts are never read: timeouts live in the pipeline and the transport.
   */
  static final class CallOptions extends Request.Options {
    final HttpCall call;

    CallOptions(HttpCall call) {
      super(10, java.util.concurrent.TimeUnit.SECONDS, 60, java.util.concurrent.TimeUnit.SECONDS, false);
      this.call = call;
    }
  }
}
