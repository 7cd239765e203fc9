package dev.switchboard.runtime.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The default transport, on OkHttp: pooled connections, PATCH, and an async dispatcher that holds
 * no thread per waiting call. The client gets Switchboard's settings ({@link HttpClients#configure}):
 * no silent retries, no redirects followed, {@code Retry-After} hidden from OkHttp's own follow-up
 * logic, so one attempt is one request on the wire.
 */
public final class OkHttpTransport implements HttpTransport {
  private static final byte[] NO_BYTES = new byte[0];
  private final OkHttpClient client;

  /**
   * @param client the OkHttp client to send with (its pool, dispatcher, proxy, TLS, timeouts and
   *     interceptors are kept)
   */
  public OkHttpTransport(OkHttpClient client) {
    this.client = HttpClients.configure(Objects.requireNonNull(client, "client").newBuilder()).build();
  }

  @Override
  public HttpResponse send(HttpRequest request) throws IOException {
    return toResponse(call(request).execute());
  }

  @Override
  public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    Call call;
    try {
      call = call(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        result.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call c, Response response) {
        result.complete(toResponse(response));
      }
    });
    return result;
  }

  private Call call(HttpRequest request) {
    okhttp3.Request.Builder b = new okhttp3.Request.Builder().url(request.url());
    boolean accept = false;
    String contentType = null;
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      String name = header.getKey();
      if (name.equalsIgnoreCase("Accept")) {
        accept = true;
      } else if (name.equalsIgnoreCase("Content-Type") && !header.getValue().isEmpty()) {
        contentType = header.getValue().get(0);
      }
      for (String value : header.getValue()) {
        b.addHeader(name, value);
      }
    }
    if (!accept) {
      b.addHeader("Accept", "*/*"); // some servers refuse OkHttp's lack of one
    }
    String method = request.method();
    byte[] body = request.body();
    if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      // OkHttp writes Content-Type from the body's media type; a second header would repeat it.
      b.removeHeader("Content-Type");
      if (body == null) {
        body = NO_BYTES;
      }
    }
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    b.method(method, body == null ? null : RequestBody.create(body, type));
    Call call = client.newCall(b.build());
    if (request.timeout() != null) {
      call.timeout().timeout(Responses.saturatedMillis(request.timeout()), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  private static HttpResponse toResponse(Response response) {
    ResponseBody body = response.body();
    java.io.InputStream stream;
    if (body.contentLength() == 0) {
      body.close();
      stream = null;
    } else {
      stream = body.byteStream();
    }
    // Names lower-cased in a case-insensitive map, as clients have seen them since the Feign days.
    return new HttpResponse(response.code(), response.headers().toMultimap(), stream);
  }
}
