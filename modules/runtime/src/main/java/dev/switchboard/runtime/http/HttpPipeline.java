package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Redactor;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The ordered steps every call of one client goes through, ending in the transport. Built once per
 * client by {@link #build}; the chain of "next" links is made once too, so a call allocates
 * nothing to walk it.
 */
final class HttpPipeline {
  private final List<HttpPipelinePolicy> steps;
  private final HttpPipelineNext head;

  private HttpPipeline(List<HttpPipelinePolicy> steps, HttpTransport transport) {
    this.steps = List.copyOf(steps);
    HttpPipelineNext next = call -> send(transport, call);
    for (int i = this.steps.size() - 1; i >= 0; i--) {
      HttpPipelinePolicy step = this.steps.get(i);
      HttpPipelineNext rest = next;
      next = call -> step.process(call, rest);
    }
    this.head = next;
  }

  /**
   * The one function that decides the order of the steps. Outermost first:
   *
   * <ol>
   *   <li>required fields: bad input never leaves the machine;
   *   <li>the observation, only when the client has an {@code ObservationRegistry}: outside
   *       everything but the required fields, so it times all attempts and waits and sees the
   *       typed outcome;
   *   <li>error mapping: outside everything else, so it maps the final outcome once;
   *   <li>user agent;
   *   <li>the call's {@link RequestOptions} headers (so the user's steps see them);
   *   <li>the user's {@link HttpPipelinePolicy.Stage#PER_CALL} steps, in the order added;
   *   <li>retry: everything below runs once per attempt;
   *   <li>the user's {@link HttpPipelinePolicy.Stage#PER_ATTEMPT} steps, in the order added;
   *   <li>attempt timeout;
   *   <li>auth: after the user's steps, so none of them sees the credential;
   *   <li>wire log: so it logs what is sent (without the credential);
   *   <li>the {@link RequestOptions} response hook: last, so it hears every attempt's response;
   *   <li>then the transport.
   * </ol>
   */
  static HttpPipeline build(ClientConfig config, RequiredFieldsStep requiredFields, Clock clock) {
    Redactor redactor = new Redactor(config.credential().secrets());
    List<String> requestIds = new ArrayList<>(config.requestIdHeaders());
    requestIds.addAll(Responses.REQUEST_ID_HEADERS);
    List<HttpPipelinePolicy> steps = new ArrayList<>();
    steps.add(requiredFields);
    if (config.observation() != null) {
      steps.add(config.observation());
    }
    steps.add(new ErrorMappingStep(redactor, List.copyOf(requestIds), clock));
    steps.add(new UserAgentStep(config.userAgent()));
    steps.add(new RequestHeadersStep());
    for (HttpPipelinePolicy p : config.policies()) {
      if (p.stage() == HttpPipelinePolicy.Stage.PER_CALL) {
        steps.add(p);
      }
    }
    steps.add(new RetryStep(config.retryPolicy(), config.callTimeout(), clock, redactor));
    for (HttpPipelinePolicy p : config.policies()) {
      if (p.stage() == HttpPipelinePolicy.Stage.PER_ATTEMPT) {
        steps.add(p);
      }
    }
    steps.add(new AttemptTimeoutStep(config.attemptTimeout(), config.callTimeout(), clock));
    steps.add(new AuthStep(config.credential()));
    steps.add(new WireLogStep(config.provider(), redactor, config.credential().headerName(), config.wireLog()));
    steps.add(new ResponseHookStep(List.copyOf(requestIds), redactor));
    HttpTransport transport = config.transport() != null ? config.transport()
        : new OkHttpTransport(HttpClients.forConfig(config));
    return new HttpPipeline(steps, transport);
  }

  /** Sends a call through every step; on a synchronous call the result is complete on return. */
  CompletableFuture<HttpResponse> send(HttpCall call) {
    return Futures.run(head, call);
  }

  /** The steps in order, for tests and diagnostics. */
  List<HttpPipelinePolicy> steps() {
    return steps;
  }

  private static CompletableFuture<HttpResponse> send(HttpTransport transport, HttpCall call) {
    if (call.isAsync()) {
      return transport.sendAsync(call.request());
    }
    try {
      return CompletableFuture.completedFuture(transport.send(call.request()));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
