package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.internal.BoundCall;
import dev.switchboard.runtime.internal.RequestScope;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One call of a generated method, put together by the generated implementation and sent once
 * through the pipeline (see {@link PipelineBinding}). Not thread-safe: it lives inside one method
 * call.
 */
final class PipelineCall implements BoundCall {
  private final PipelineBinding binding;
  private final CallSite site;
  private final HttpCall call;
  private final String[] path;
  /** Which path placeholders got a value. */
  private final boolean[] given;
  private StringBuilder query;
  private Map<String, List<String>> headers;
  private byte[] body;
  private Map<String, Object> form;
  /** A refused value of an async call: reported by its future, as every other failure is. */
  private RuntimeException refused;

  PipelineCall(PipelineBinding binding, CallSite site, HttpCall call) {
    this.binding = binding;
    this.site = site;
    this.call = call;
    this.path = site.op.pathParts().clone();
    this.given = new boolean[path.length];
  }

  @Override
  public BoundCall path(String name, Object value) {
    String[] parts = site.op.pathParts();
    for (int i = 1; i < parts.length; i += 2) {
      if (parts[i].equals(name)) {
        try {
          path[i] = UrlEncoding.segment(binding.provider, site.operation, name, value);
          given[i] = true;
        } catch (InvalidInputException e) {
          refuse(e);
        }
        return this;
      }
    }
    throw new IllegalArgumentException(site.op + " has no path parameter " + name);
  }

  private void refuse(RuntimeException e) {
    if (!site.async) {
      throw e;
    }
    if (refused == null) {
      refused = e;
    }
  }

  @Override
  public BoundCall query(String name, Object value) {
    if (value instanceof Iterable<?>) {
      for (Object item : (Iterable<?>) value) {
        query(name, item);
      }
    } else if (value != null) {
      if (query == null) {
        query = new StringBuilder();
      } else {
        query.append('&');
      }
      query.append(UrlEncoding.encode(name)).append('=').append(UrlEncoding.encode(value.toString()));
    }
    return this;
  }

  @Override
  public BoundCall queryMap(Map<String, ?> values) {
    if (values != null) {
      values.forEach(this::query);
    }
    return this;
  }

  @Override
  public BoundCall header(String name, Object value) {
    if (value instanceof Iterable<?>) {
      for (Object item : (Iterable<?>) value) {
        header(name, item);
      }
    } else if (value != null) {
      if (headers == null) {
        headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      }
      headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value.toString());
    }
    return this;
  }

  @Override
  public BoundCall body(Object value) {
    body = value == null ? null : RequestEncoder.json(binding.mapper, value, binding.provider, site.operation);
    return this;
  }

  @Override
  public BoundCall form(String name, Object value) {
    if (form == null) {
      form = new LinkedHashMap<>();
    }
    if (value != null) {
      form.put(name, value);
    }
    return this;
  }

  private HttpRequest request() {
    StringBuilder url = new StringBuilder(binding.baseUrl.length() + 64).append(binding.baseUrl);
    for (int i = 0; i < path.length; i++) {
      if (i % 2 == 1 && !given[i] && refused == null) {
        // Never given a value: generated code gives every one, so only a hand-written caller misses one.
        refuse(new InvalidInputException(binding.provider, site.operation, path[i], "is required"));
      }
      url.append(path[i]);
    }
    if (query != null) {
      url.append('?').append(query);
    }
    Map<String, List<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    all.putAll(site.op.headers());
    if (headers != null) {
      all.putAll(headers);
    }
    byte[] bytes = form != null ? RequestEncoder.form(form).getBytes(StandardCharsets.UTF_8) : body;
    if (bytes != null) {
      all.put("Content-Length", List.of(Integer.toString(bytes.length)));
    }
    return new HttpRequest(site.op.method(), url.toString(), all, bytes);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T send(Type type) {
    if (site.async) {
      throw new IllegalStateException(site.op + ": send() on an async client");
    }
    try {
      call.request(request());
      HttpResponse response = binding.pipeline.send(call).join();
      return (T) binding.decoder.decode(response, type, site.returnsApiResponse);
    } catch (Throwable t) {
      Throwable out = binding.translate(t, site.operation);
      if (out instanceof Error) {
        throw (Error) out;
      }
      throw (RuntimeException) out; // translate leaves nothing checked
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> CompletableFuture<T> sendAsync(Type type) {
    if (!site.async) {
      throw new IllegalStateException(site.op + ": sendAsync() on a blocking client");
    }
    CompletableFuture<Object> result;
    try {
      call.request(request());
      if (refused != null) {
        throw refused;
      }
      result = binding.pipeline.send(call).thenApply(response -> {
        try {
          return binding.decoder.decode(response, type, site.returnsApiResponse);
        } catch (java.io.IOException e) {
          throw new CompletionException(e);
        }
      });
    } catch (Throwable t) {
      return CompletableFuture.failedFuture(binding.translate(t, site.operation));
    }
    RequestScope scope = call.scope();
    CompletableFuture<T> out = new CompletableFuture<>();
    // Completed inside the operation's scope: what the caller chained on (the next request of an
    // async operation) runs now, on this thread, and keeps the operation's options and deadline.
    result.whenComplete((value, failure) -> RequestScope.within(scope, () -> failure == null
        ? out.complete((T) value) : out.completeExceptionally(binding.translate(failure, site.operation))));
    // A caller's cancel reaches the retry step, which then makes no further attempt.
    out.whenComplete((value, failure) -> {
      if (out.isCancelled()) {
        call.cancel();
      }
    });
    return out;
  }
}
