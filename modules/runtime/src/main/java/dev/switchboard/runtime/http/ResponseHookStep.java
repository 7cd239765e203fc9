package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Redactor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Tells the call's {@link RequestOptions#onResponse} hook of each response the transport returns:
 * last before the transport, so it hears every attempt, error statuses included, before the
 * retry and error steps judge it. The hook is the caller's code: what it throws is logged and does
 * not change the call's outcome.
 */
final class ResponseHookStep implements HttpPipelinePolicy {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("dev.switchboard.http");
  private final List<String> requestIdHeaders;
  private final Redactor redactor;

  ResponseHookStep(List<String> requestIdHeaders, Redactor redactor) {
    this.requestIdHeaders = requestIdHeaders;
    this.redactor = redactor;
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    Consumer<ResponseInfo> hook = call.scope() == null ? null : call.scope().options().onResponse();
    if (hook == null) {
      return next.process(call);
    }
    int attempt = call.attempt();
    return next.process(call).whenComplete((response, failure) -> {
      if (response == null) {
        return;
      }
      try {
        hook.accept(new ResponseInfo(call.provider(), call.operation(), attempt, response.status(),
            redactor.redact(Responses.requestId(response, requestIdHeaders)))); // server-written
      } catch (RuntimeException e) {
        LOG.warn("{} {}: the onResponse hook of its RequestOptions threw {}", call.provider(), call.operation(),
            e.getClass().getName());
      }
    });
  }

  @Override
  public Stage stage() {
    return Stage.PER_ATTEMPT;
  }
}
