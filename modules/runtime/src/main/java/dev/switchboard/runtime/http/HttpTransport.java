package dev.switchboard.runtime.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one request on the wire: the innermost end of the pipeline. {@link OkHttpTransport} is the
 * default; {@link JdkHttpTransport} runs on {@code java.net.http}. Set one with
 * {@link ClientBuilder#transport(HttpTransport)}.
 *
 * <p>A transport sends each request exactly once: it must not retry or follow redirects itself
 * (retries belong to the pipeline's retry step, which knows what cannot duplicate a write). It
 * applies {@link HttpRequest#timeout()} to the whole exchange when one is set.
 */
public interface HttpTransport {
  /**
   * Sends on the calling thread.
   *
   * @param request the request
   * @return the response; its body must be closed by whoever reads it
   * @throws IOException when no response arrived
   */
  HttpResponse send(HttpRequest request) throws IOException;

  /**
   * Sends without blocking the calling thread.
   *
   * @param request the request
   * @return completes with the response, or exceptionally with the {@link IOException}
   */
  CompletableFuture<HttpResponse> sendAsync(HttpRequest request);
}
