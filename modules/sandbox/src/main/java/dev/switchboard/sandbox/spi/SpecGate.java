package dev.switchboard.sandbox.spi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validates a request against a platform's OpenAPI spec (the one its client is generated from),
 * so the sandbox rejects what the real platform would, without hand-written per-field checks.
 * Credentials are the fakes' business (they answer with the platform's 401), so security
 * findings are ignored here.
 *
 * <p>{@link Fake} runs one itself (its constructor's spec); a fake whose platform has more than
 * one spec (an API version each) makes its own and picks one per request.
 */
public final class SpecGate {
  private final OpenApiInteractionValidator validator;

  /**
   * @param owner a class whose class loader holds the spec: the fake's own, so the spec travels in
   *     the fake's jar
   * @param resource the spec on the class path, e.g. {@code switchboard-specs/acme/openapi.yaml}
   * @param allowUnknownFields let fields the spec does not name through, for a fake that drops
   *     them itself by its own permit list, as the real server does
   * @throws IllegalStateException if there is no such resource
   */
  public SpecGate(Class<?> owner, String resource, boolean allowUnknownFields) {
    this.validator = OpenApiInteractionValidator
        .createForInlineApiSpecification(read(owner, resource))
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .withLevel("validation.schema.additionalProperties",
                allowUnknownFields ? ValidationReport.Level.IGNORE : ValidationReport.Level.ERROR)
            .build())
        .build();
  }

  /**
   * @param owner a class whose class loader holds the resource
   * @param resource a resource path, e.g. {@code switchboard-specs/acme/schema.graphqls}
   * @return its text (UTF-8)
   * @throws IllegalStateException if there is no such resource
   */
  public static String read(Class<?> owner, String resource) {
    try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names the parameter or body field, so the answer says what to fix. */
  private static String describe(ValidationReport.Message m) {
    StringBuilder where = new StringBuilder();
    m.getContext().ifPresent(ctx -> {
      ctx.getParameter().ifPresent(p -> where.append(p.getIn()).append(" parameter '").append(p.getName()).append("': "));
      ctx.getPointers().ifPresent(p -> {
        if (p.getInstance() != null && !p.getInstance().isEmpty()) {
          where.append("body field '").append(p.getInstance()).append("': ");
        }
      });
    });
    return where + m.getMessage();
  }

  /**
   * @param x a request, after its fake dropped the fields its platform does not read
   * @return the spec violations of this request, empty when it is valid
   * @throws Fake.NotFound if no operation of the spec has the request's path (the platform's 404)
   */
  public Optional<String> violations(Exchange x) {
    SimpleRequest.Builder r = new SimpleRequest.Builder(x.method(), x.rawPath());
    x.query().forEach((k, v) -> r.withQueryParam(k, v));
    x.headers().forEach((k, v) -> r.withHeader(k, v));
    if (!x.body().isEmpty()) {
      r.withBody(x.validatedBody());
    }
    List<ValidationReport.Message> found = validator.validateRequest(r.build()).getMessages();
    if (found.stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing"))) {
      // No operation of the platform has this path (an id with '/' or '..' in it, a typo): the
      // platform's 404, as a real server routes it, not a validation error about the body.
      throw new Fake.NotFound("no such path: " + x.rawPath());
    }
    List<String> errors = found.stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(SpecGate::describe)
        .collect(Collectors.toList());
    return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors));
  }
}
