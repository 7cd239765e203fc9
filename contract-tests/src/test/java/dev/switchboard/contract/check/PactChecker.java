package dev.switchboard.contract.check;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.V4Pact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every interaction of a pact against the spec of its provider: {@code
 * specs/<provider>/openapi.yaml} for REST providers, {@code specs/<provider>/schema.graphqls} for
 * GraphQL ones. Pacts are read with Pact's own reader ({@link DefaultPactReader}) and each
 * interaction is taken as {@link Interaction#asSynchronousRequestResponse()}.
 */
public final class PactChecker {
  /** The consumer every pact of this project must name. */
  public static final String CONSUMER = "switchboard";

  private final Path specsDir;
  private final Map<String, OpenApiCheck> openApi = new HashMap<>();
  private final Map<String, GraphQlCheck> graphQl = new HashMap<>();

  /**
   * @param specsDir the project's {@code specs/} folder
   */
  public PactChecker(Path specsDir) {
    this.specsDir = specsDir;
  }

  /**
   * The OpenAPI spec of a REST provider: {@code specs/<provider>/openapi.yaml}, or for a provider
   * named {@code <platform>-v<version>} (a second API version of one platform, e.g.
   * {@code livechat-v3.4}) {@code specs/<platform>/openapi-v<version>.yaml}.
   *
   * @param specsDir the project's {@code specs/} folder
   * @param provider the pact's provider name
   * @return the spec's path (which may not exist)
   */
  public static Path restSpec(Path specsDir, String provider) {
    java.util.regex.Matcher versioned = java.util.regex.Pattern.compile("(.+)-v(\\d+(?:\\.\\d+)*)").matcher(provider);
    if (versioned.matches()) {
      Path spec = specsDir.resolve(versioned.group(1)).resolve("openapi-v" + versioned.group(2) + ".yaml");
      if (Files.isRegularFile(spec)) {
        return spec;
      }
    }
    return specsDir.resolve(provider).resolve("openapi.yaml");
  }

  /**
   * @param pactFile a pact file
   * @return what the check found
   */
  public Report check(Path pactFile) {
    String name = pactFile.getFileName().toString();
    List<Violation> out = new ArrayList<>();
    Pact pact;
    try {
      pact = DefaultPactReader.INSTANCE.loadPact(pactFile.toFile());
    } catch (RuntimeException e) {
      out.add(new Violation(name, "-", "pact.unreadable", String.valueOf(e)));
      return new Report(name, "?", 0, out);
    }
    String provider = pact.getProvider().getName();
    if (!(pact instanceof V4Pact)) {
      out.add(new Violation(name, "-", "pact.specification", "expected a V4 pact, read " + pact.getClass().getSimpleName()));
    }
    if (!CONSUMER.equals(pact.getConsumer().getName())) {
      out.add(new Violation(name, "-", "pact.consumer", "expected consumer " + CONSUMER + ", found " + pact.getConsumer().getName()));
    }
    if (pact.getInteractions().isEmpty()) {
      out.add(new Violation(name, "-", "pact.empty", "no interactions"));
    }

    Path rest = restSpec(specsDir, provider);
    Path graph = specsDir.resolve(provider).resolve("schema.graphqls");
    boolean isRest = Files.isRegularFile(rest);
    boolean isGraphQl = !isRest && Files.isRegularFile(graph);
    if (!isRest && !isGraphQl) {
      out.add(new Violation(name, "-", "pact.provider.noSpec",
          "no specs/" + provider + "/openapi.yaml or specs/" + provider + "/schema.graphqls"));
      return new Report(name, provider, 0, out);
    }

    int checked = 0;
    for (Interaction interaction : pact.getInteractions()) {
      String description = interaction.getDescription();
      SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
      if (http == null) {
        out.add(new Violation(name, description, "pact.interaction.notHttp", "not a synchronous HTTP interaction"));
        continue;
      }
      checked++;
      if (isRest) {
        out.addAll(openApi.computeIfAbsent(provider, p -> new OpenApiCheck(rest))
            .check(name, description, http.getRequest(), http.getResponse()));
      } else {
        out.addAll(graphQl.computeIfAbsent(provider, p -> new GraphQlCheck(graph))
            .check(name, description, http.getRequest(), http.getResponse()));
      }
    }
    return new Report(name, provider, checked, out);
  }
}
