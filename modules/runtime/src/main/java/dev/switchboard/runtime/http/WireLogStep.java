package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Redactor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire log on SLF4J ({@code dev.switchboard.http.<provider>}, DEBUG), one entry per attempt,
 * last before the transport so it shows what is really sent. It never writes a credential: auth
 * and cookie headers are left out, and every line goes through the {@link Redactor}, which also
 * masks secret-named JSON and form fields in bodies at {@link WireLog#FULL}. Only at {@code FULL} is a
 * response body read into memory (to log it and hand on a copy); otherwise it streams untouched.
 */
final class WireLogStep implements HttpPipelinePolicy {
  private static final Set<String> ALWAYS_SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private final Logger log;
  private final Redactor redactor;
  private final Set<String> sensitiveHeaders;
  private final WireLog level;

  WireLogStep(String provider, Redactor redactor, String credentialHeader, WireLog level) {
    this.log = LoggerFactory.getLogger("dev.switchboard.http." + provider);
    this.redactor = redactor;
    this.level = level;
    Set<String> sensitive = new HashSet<>(ALWAYS_SENSITIVE);
    if (credentialHeader != null) {
      sensitive.add(credentialHeader.toLowerCase(Locale.ROOT));
    }
    this.sensitiveHeaders = Set.copyOf(sensitive);
  }

  @Override
  public Stage stage() {
    return Stage.PER_ATTEMPT;
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    if (level == WireLog.NONE || !log.isDebugEnabled()) {
      return next.process(call);
    }
    String tag = "[" + call.operation() + "] ";
    HttpRequest request = call.request();
    write(tag + "---> " + request.method() + " " + request.url()
        + (call.attempt() > 1 ? " (attempt " + call.attempt() + ")" : ""));
    if (level.compareTo(WireLog.HEADERS) >= 0) {
      headers(tag, request.headers());
    }
    byte[] body = request.body();
    if (level == WireLog.FULL && body != null) {
      String text = new String(body, StandardCharsets.UTF_8);
      // A form body names its fields as a query does; its secret-named fields are masked as JSON's are.
      write(tag + (isForm(request) ? redactor.redactForm(text) : text));
      write(tag + "---> END HTTP (" + body.length + "-byte body)");
    }
    long start = System.nanoTime();
    CompletableFuture<HttpResponse> out = new CompletableFuture<>();
    Futures.run(next, call).whenComplete((response, failure) -> {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if (failure != null) {
        Throwable cause = Futures.unwrap(failure);
        write(tag + "<--- ERROR " + cause.getClass().getSimpleName() + ": " + cause.getMessage() + " (" + millis + "ms)");
        out.completeExceptionally(cause);
        return;
      }
      try {
        out.complete(response(tag, response, millis));
      } catch (IOException e) {
        response.close();
        out.completeExceptionally(e);
      }
    });
    return out;
  }

  private HttpResponse response(String tag, HttpResponse response, long millis) throws IOException {
    write(tag + "<--- HTTP " + response.status() + " (" + millis + "ms)");
    if (level.compareTo(WireLog.HEADERS) >= 0) {
      headers(tag, response.headers());
    }
    if (level != WireLog.FULL || response.body() == null) {
      return response;
    }
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = in.readAllBytes();
    }
    write(tag + new String(bytes, StandardCharsets.UTF_8));
    write(tag + "<--- END HTTP (" + bytes.length + "-byte body)");
    return new HttpResponse(response.status(), response.headers(), new ByteArrayInputStream(bytes));
  }

  private static boolean isForm(HttpRequest request) {
    String type = request.header("Content-Type");
    return type != null && type.toLowerCase(Locale.ROOT).startsWith(RequestEncoder.FORM);
  }

  private void headers(String tag, Map<String, List<String>> headers) {
    headers.forEach((name, values) -> {
      if (name != null && !sensitiveHeaders.contains(name.toLowerCase(Locale.ROOT))) {
        for (String value : values) {
          write(tag + name + ": " + value);
        }
      }
    });
  }

  private void write(String line) {
    log.debug(redactor.redact(line));
  }
}
