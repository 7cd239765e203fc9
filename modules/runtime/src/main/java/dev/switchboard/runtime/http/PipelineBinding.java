package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.internal.ApiBinding;
import dev.switchboard.runtime.internal.BoundCall;
import dev.switchboard.runtime.internal.Operation;
import dev.switchboard.runtime.internal.OperationBody;
import dev.switchboard.runtime.internal.RequestScope;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The binding behind one built client interface: every call becomes an {@link HttpCall}, goes
 * through the client's {@link HttpPipeline} and comes back decoded, or as a
 * {@link SwitchboardException}, so callers catch one hierarchy.
 *
 * <p>Order within a call, as callers rely on: required arguments are checked first (nothing is
 * built for a call that will be refused); then the request is built, where a path value may still
 * be refused; then the pipeline runs; then the body is decoded.
 */
final class PipelineBinding implements ApiBinding {
  final String provider;
  final String baseUrl;
  final HttpPipeline pipeline;
  final RequiredFieldsStep required;
  final ResponseDecoder decoder;
  final com.fasterxml.jackson.databind.ObjectMapper mapper;
  final boolean async;
  /** One site per operation of this client, made on its first call. */
  private final Map<Operation, CallSite> sites = new ConcurrentHashMap<>();

  PipelineBinding(ClientConfig config, HttpPipeline pipeline, RequiredFieldsStep required,
      com.fasterxml.jackson.databind.ObjectMapper mapper, boolean async) {
    this.provider = config.provider();
    String url = config.baseUrl().toString();
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.pipeline = pipeline;
    this.required = required;
    this.mapper = mapper;
    this.decoder = new ResponseDecoder(mapper);
    this.async = async;
  }

  @Override
  public BoundCall start(Operation operation, Object... arguments) {
    // A body that names its operation (GraphQL) is reported under that name everywhere.
    Operation op = arguments != null && arguments.length > 0 && arguments[0] instanceof OperationBody
        ? operation.named(((OperationBody) arguments[0]).operation()) : operation;
    CallSite site = sites.computeIfAbsent(op, o -> new CallSite(o, async));
    HttpCall call = new HttpCall(provider, site, arguments, async);
    // Read here, on the caller's thread: the options of the operation this call belongs to.
    call.scope(RequestScope.current());
    required.check(call);
    return new PipelineCall(this, site, call);
  }

  /**
   * What leaves a client for anything that failed: Switchboard's own exceptions (and errors) as
   * they are, an I/O failure as a {@link TransportException}, and anything else as an
   * {@link UnexpectedResponseException} naming only its type (its message may quote response text),
   * so no call ends untyped.
   */
  Throwable translate(Throwable t, String operation) {
    t = Futures.unwrap(t);
    if (t instanceof SwitchboardException || t instanceof Error || t instanceof CancellationException) {
      return t;
    }
    if (t instanceof ResponseDecoder.DecodeException) {
      return new UnexpectedResponseException(provider, operation, ((ResponseDecoder.DecodeException) t).status, t);
    }
    if (t instanceof IOException) {
      return new TransportException(provider, operation, t instanceof InterruptedIOException, t);
    }
    return new UnexpectedResponseException(provider, operation, 0, t.getClass().getSimpleName());
  }
}
