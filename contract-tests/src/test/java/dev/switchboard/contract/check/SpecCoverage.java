package dev.switchboard.contract.check;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a spec a pact leaves uncovered: for REST, operations without an interaction and
 * documented error statuses (4xx/5xx, anywhere in the spec) that no interaction answers; for
 * GraphQL, root fields of the schema that no interaction's operation selects.
 */
final class SpecCoverage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SpecCoverage() {}

  static List<String> restGaps(Path spec, Path pactFile) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
    List<String> bases = new ArrayList<>();
    for (Server server : api.getServers() == null ? List.<Server>of() : api.getServers()) {
      String path = URI.create(server.getUrl()).getPath();
      bases.add(path == null || path.equals("/") ? "" : path.replaceAll("/$", ""));
    }
    if (bases.isEmpty()) {
      bases.add("");
    }

    // operation -> path pattern; more literal templates first (/agents/me before /agents/{agentId})
    Map<String, Pattern> operations = new LinkedHashMap<>();
    Set<Integer> documentedErrors = new TreeSet<>();
    api.getPaths().entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, PathItem> e) -> e.getKey().chars().filter(c -> c == '{').count())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> e.getValue().readOperationsMap().forEach((method, operation) -> {
          operations.put(method + " " + e.getKey(), template(bases, e.getKey()));
          operation.getResponses().keySet().stream().filter(code -> code.matches("[45]\\d\\d"))
              .map(Integer::valueOf).forEach(documentedErrors::add);
        }));

    Set<String> covered = new TreeSet<>();
    Set<Integer> answered = new TreeSet<>();
    for (SynchronousRequestResponse http : interactions(pactFile)) {
      String method = http.getRequest().getMethod().toUpperCase();
      String path = http.getRequest().getPath();
      operations.entrySet().stream()
          .filter(op -> op.getKey().startsWith(method + " ") && op.getValue().matcher(path).matches())
          .findFirst()
          .ifPresent(op -> covered.add(op.getKey()));
      answered.add(http.getResponse().getStatus());
    }

    List<String> gaps = new ArrayList<>();
    operations.keySet().stream().filter(op -> !covered.contains(op))
        .forEach(op -> gaps.add("operation " + op + " has no interaction"));
    documentedErrors.stream().filter(status -> !answered.contains(status))
        .forEach(status -> gaps.add("documented error status " + status + " is answered by no interaction"));
    return gaps;
  }

  static List<String> graphQlGaps(Path schemaFile, Path pactFile) {
    GraphQLSchema schema;
    try {
      schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(schemaFile)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> rootFields = new TreeSet<>();
    for (GraphQLObjectType root : new GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType()}) {
      if (root != null) {
        root.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).forEach(rootFields::add);
      }
    }
    Set<String> selected = new TreeSet<>();
    for (SynchronousRequestResponse http : interactions(pactFile)) {
      try {
        JsonNode body = JSON.readTree(http.getRequest().getBody().valueAsString());
        Document document = Parser.parse(body.path("query").asText());
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
          op.getSelectionSet().getSelectionsOfType(Field.class).forEach(f -> selected.add(f.getName()));
        }
      } catch (Exception e) {
        // an unreadable query is reported by GraphQlCheck; it covers nothing here
      }
    }
    List<String> gaps = new ArrayList<>();
    rootFields.stream().filter(f -> !selected.contains(f))
        .forEach(f -> gaps.add("root field " + f + " is selected by no interaction"));
    return gaps;
  }

  /** A path template as a pattern: any server base path, then the template, a segment per variable. */
  private static Pattern template(List<String> bases, String path) {
    StringBuilder rx = new StringBuilder("(?:");
    rx.append(String.join("|", bases.stream().map(Pattern::quote).toList())).append(')');
    Matcher variable = Pattern.compile("\\{[^}]+}").matcher(path);
    int last = 0;
    while (variable.find()) {
      rx.append(Pattern.quote(path.substring(last, variable.start()))).append("[^/]+");
      last = variable.end();
    }
    rx.append(Pattern.quote(path.substring(last)));
    return Pattern.compile(rx.toString());
  }

  private static List<SynchronousRequestResponse> interactions(Path pactFile) {
    Pact pact = DefaultPactReader.INSTANCE.loadPact(pactFile.toFile());
    List<SynchronousRequestResponse> out = new ArrayList<>();
    for (Interaction i : pact.getInteractions()) {
      SynchronousRequestResponse http = i.asSynchronousRequestResponse();
      if (http != null) {
        out.add(http);
      }
    }
    return out;
  }
}
