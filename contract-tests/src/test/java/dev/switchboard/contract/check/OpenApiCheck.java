package dev.switchboard.contract.check;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.OptionalBody;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a REST interaction, request and response, against an OpenAPI spec with
 * swagger-request-validator. Stricter than its defaults: a body field or query parameter the spec
 * does not declare is an error, so the SDK can neither send nor rely on anything undocumented, and
 * the spec's top-level {@code security} is enforced on every operation.
 * The servers' base path (e.g. LiveChat's {@code /v3.1/configuration/action}) is taken from the
 * spec, so the pact's full paths resolve.
 */
final class OpenApiCheck {
  /** Rules made errors here (the validator ignores them by default). */
  static final Map<String, ValidationReport.Level> STRICT = Map.of(
      "validation.schema.additionalProperties", ValidationReport.Level.ERROR,
      "validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR);

  private final OpenApiInteractionValidator validator;

  OpenApiCheck(Path spec) {
    ParseOptions options = new ParseOptions(); // as the validator parses a spec itself
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(false);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
    if (parsed.getOpenAPI() == null) {
      throw new IllegalStateException("cannot read " + spec + ": " + parsed.getMessages());
    }
    OpenAPI api = withoutSchemalessBodies(inheritSecurity(parsed.getOpenAPI()));
    this.validator = OpenApiInteractionValidator.createFor(api)
        .withLevelResolver(LevelResolver.create().withLevels(STRICT).build())
        .build();
  }

  /**
   * The validator checks credentials only against an operation's own {@code security}; every spec
   * here declares it once at the top, which OpenAPI says each operation inherits. Make that
   * explicit so a request without its credential is caught.
   */
  private static OpenAPI inheritSecurity(OpenAPI api) {
    List<SecurityRequirement> global = api.getSecurity();
    if (global == null || global.isEmpty() || api.getPaths() == null) {
      return api;
    }
    for (PathItem item : api.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        if (operation.getSecurity() == null) {
          operation.setSecurity(global);
        }
      }
    }
    return api;
  }

  /**
   * A response that shows examples of a body but gives it no schema (Intercom's 400 for
   * {@code setAwayAdmin}, in Intercom's own document) documents no body a pact can be held to: the
   * validator would demand one, while the independent validator refuses any. Read as a response
   * without a body, both agree that its interaction pins the status alone.
   */
  private static OpenAPI withoutSchemalessBodies(OpenAPI api) {
    if (api.getPaths() == null) {
      return api;
    }
    for (PathItem item : api.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        if (operation.getResponses() == null) {
          continue;
        }
        operation.getResponses().values().stream()
            .filter(r -> r.getContent() != null && !r.getContent().isEmpty()
                && r.getContent().values().stream().allMatch(media -> media.getSchema() == null))
            .forEach(r -> r.setContent(null));
      }
    }
    return api;
  }

  List<Violation> check(String pact, String interaction, IRequest request, IResponse response) {
    SimpleRequest.Builder req = new SimpleRequest.Builder(request.getMethod(), request.getPath());
    request.getQuery().forEach(req::withQueryParam);
    request.getHeaders().forEach(req::withHeader);
    if (hasBody(request.getBody())) {
      req.withBody(request.getBody().valueAsString());
      if (!hasHeader(request.getHeaders(), "Content-Type")) {
        req.withContentType(contentType(request.getBody()));
      }
    }

    SimpleResponse.Builder res = new SimpleResponse.Builder(response.getStatus());
    response.getHeaders().forEach(res::withHeader);
    if (hasBody(response.getBody())) {
      res.withBody(response.getBody().valueAsString());
      if (!hasHeader(response.getHeaders(), "Content-Type")) {
        res.withContentType(contentType(response.getBody()));
      }
    }

    ValidationReport report = validator.validate(req.build(), res.build());
    List<Violation> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(new Violation(pact, interaction, m.getKey(), describe(m)));
      }
    }
    return out;
  }

  private static boolean hasBody(OptionalBody body) {
    return body != null && body.isPresent() && !body.valueAsString().isEmpty();
  }

  private static boolean hasHeader(Map<String, List<String>> headers, String name) {
    return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
  }

  private static String contentType(OptionalBody body) {
    ContentType type = body.getContentType();
    return type == null ? "application/json" : type.toString();
  }

  private static String describe(ValidationReport.Message m) {
    StringBuilder s = new StringBuilder(m.getMessage());
    m.getContext().flatMap(ValidationReport.MessageContext::getLocation)
        .ifPresent(where -> s.insert(0, "[" + where.name().toLowerCase() + "] "));
    for (String info : m.getAdditionalInfo()) {
      s.append(" (").append(info).append(')');
    }
    for (ValidationReport.Message nested : m.getNestedMessages()) {
      s.append("; ").append(nested.getKey()).append(": ").append(describe(nested));
    }
    return s.toString();
  }
}
