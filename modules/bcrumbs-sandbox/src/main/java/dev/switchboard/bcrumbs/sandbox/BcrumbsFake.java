package dev.switchboard.bcrumbs.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.SpecGate;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.CoercedVariables;
import graphql.execution.DataFetcherResult;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * bcrumbs' GraphQL gateway, executed for real by graphql-java against {@code specs/bcrumbs/schema.graphqls}:
 * a query that does not validate against the schema is rejected the way a GraphQL server rejects it.
 * Errors carry {@code extensions.code} (UNAUTHENTICATED, NOT_FOUND, BAD_USER_INPUT).
 */
final class BcrumbsFake extends Fake {
  /** The platform id: its path prefix in the sandbox and the key of its credential. */
  static final String ID = "bcrumbs";
  /** Request fields to plain values for the state (the engine's own mapper is not API). */
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String apiKey;
  private final GraphQL graphQl;
  private final Map<Integer, Map<String, Map<String, Object>>> workspaces = new LinkedHashMap<>();
  private int nextId = 1;

  BcrumbsFake(String apiKey, Clock clock) {
    super(null, clock);
    this.apiKey = apiKey;
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .scalar(dateTime())
        .type("Query", t -> t.dataFetcher("agents", locked(this::agents)))
        .type("Mutation", t -> t
            .dataFetcher("createAgent", locked(this::createAgent))
            .dataFetcher("createAgentWithApiKey", locked(this::createAgentWithApiKey))
            .dataFetcher("patchAgent", locked(this::patchAgent)))
        .build();
    this.graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
        new SchemaParser().parse(SpecGate.read(BcrumbsFake.class, "switchboard-specs/bcrumbs/schema.graphqls")), wiring)).build();
  }

  private <T> DataFetcher<T> locked(DataFetcher<T> f) {
    return env -> {
      synchronized (this) {
        return f.get(env);
      }
    };
  }

  @Override
  protected boolean authorized(Exchange x) {
    return apiKey.equals(x.header("authorization"));
  }

  /** bcrumbs answers a bad key with 200 and a GraphQL error. */
  @Override
  protected void unauthorized(Exchange x) {
    x.respond(200, graphQlError("UNAUTHENTICATED", "Invalid API key", x));
  }

  @Override
  protected void invalid(Exchange x, String message) {
    x.respond(400, Map.of("errors", List.of(Map.of("message", message,
        "extensions", Map.of("code", "GRAPHQL_PARSE_FAILED")))));
  }

  /** Its answer to a wrong key names the GraphQL operation, which is in the body. */
  @Override
  protected boolean needsBodyToRefuseKey() {
    return true;
  }

  @Override
  protected void error(Exchange x, int status, String message) {
    x.respond(status, Map.of("errors", List.of(Map.of("message", message,
        "extensions", Map.of("code", status == 400 ? "BAD_REQUEST" : status >= 500 ? "INTERNAL_SERVER_ERROR" : "HTTP_" + status)))));
  }

  @Override
  protected void notFound(Exchange x, String message) {
    x.respond(404, Map.of("errors", List.of(Map.of("message", message))));
  }

  @Override
  protected void forbidden(Exchange x) {
    x.respond(200, graphQlError("FORBIDDEN", "Not allowed", x));
  }

  @Override
  protected void rateLimited(Exchange x) {
    x.respond(429, Map.of("errors", List.of(Map.of("message", "Too many requests",
        "extensions", Map.of("code", "RATE_LIMITED")))), Map.of("Retry-After", retryAfter(x)));
  }

  @Override
  protected void route(Exchange x) {
    if (!x.method().equals("POST")) {
      throw new NotFound("POST a GraphQL request to /core/gq");
    }
    JsonNode req = x.json();
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = req.has("variables")
        ? JSON.convertValue(req.get("variables"), Map.class) : Map.of();
    ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput()
        .query(req.path("query").asText())
        .operationName(req.hasNonNull("operationName") ? req.get("operationName").asText() : null)
        .variables(variables)
        .build());
    x.respond(200, result.toSpecification());
  }

  /** A request-level GraphQL error: no data, the code in extensions, the operation's root field as path. */
  private static Map<String, Object> graphQlError(String code, String message, Exchange x) {
    String field = x.json().path("operationName").asText("");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("errors", List.of(Map.of("message", message, "path", List.of(field.isEmpty() ? "query" : field),
        "extensions", Map.of("code", code))));
    answer.put("data", null);
    return answer;
  }

  private Map<String, Map<String, Object>> workspace(int id) {
    return workspaces.computeIfAbsent(id, w -> new LinkedHashMap<>());
  }

  /**
   * The agents query's input fields bcrumbs documents (seed 004_29fbf1a5eebee95d.txt, List Agents
   * API), written here, not read from our schema: a request with any other field is refused the way a
   * GraphQL server refuses an input field its type does not define.
   */
  static final Set<String> AGENTS_INPUT = Set.of("workspaceId", "conversationId", "name", "surname", "email");
  /** The paging cursor the sandbox accepts, as the SDK assumes it (see the schema's ASSUMPTION block). */
  static final String ASSUMED_CURSOR = "after";
  /** Agents per page: bcrumbs documents no page size, so the sandbox picks one. */
  static final int PAGE_SIZE = 20;

  private Object agents(DataFetchingEnvironment env) {
    Map<String, Object> in = env.getArgument("input");
    for (String field : in.keySet()) {
      if (!AGENTS_INPUT.contains(field) && !field.equals(ASSUMED_CURSOR)) {
        return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
            .message("Field '" + field + "' is not defined by type 'AgentsInput'")
            .extensions(Map.of("code", "BAD_USER_INPUT")).build()).build();
      }
    }
    List<Map<String, Object>> all = new ArrayList<>(workspace((Integer) in.get("workspaceId")).values());
    for (String f : List.of("name", "surname", "email")) {
      if (in.get(f) != null) {
        String want = ((String) in.get(f)).toLowerCase(Locale.ROOT);
        all.removeIf(a -> a.get(f) == null || !((String) a.get(f)).toLowerCase(Locale.ROOT).equals(want));
      }
    }
    int from = in.get(ASSUMED_CURSOR) == null ? 0 : offset((String) in.get(ASSUMED_CURSOR));
    int to = Math.min(all.size(), from + PAGE_SIZE);
    Map<String, Object> pageInfo = new LinkedHashMap<>();
    pageInfo.put("hasNextPage", to < all.size());
    pageInfo.put("endCursor", to == from ? null : cursor(to));
    pageInfo.put("count", to - from);
    return Map.of("nodes", all.subList(Math.min(from, all.size()), to), "pageInfo", pageInfo);
  }

  private Object createAgent(DataFetchingEnvironment env) {
    Map<String, Object> in = env.getArgument("input");
    String email = (String) in.get("email");
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
          .message("email is not a valid email address").extensions(Map.of("code", "BAD_USER_INPUT")).build()).build();
    }
    return store(in, (String) in.get("userId"), email);
  }

  private Object createAgentWithApiKey(DataFetchingEnvironment env) {
    Map<String, Object> in = env.getArgument("input");
    Map<String, Object> agent = store(in, in.get("userId") == null ? "synthetic-" + nextId : (String) in.get("userId"),
        in.get("email") == null ? "" : (String) in.get("email"));
    String label = in.get("apiKeyLabel") != null ? (String) in.get("apiKeyLabel")
        : "API key · " + in.get("name") + (in.get("surname") == null ? "" : " " + in.get("surname"));
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("workspaceId", in.get("workspaceId"));
    key.put("id", "key-" + agent.get("id"));
    key.put("key", "bc_sandbox_" + UUID.randomUUID().toString().replace("-", ""));
    key.put("label", label);
    key.put("agentId", agent.get("id"));
    key.put("createdAt", now());
    return Map.of("agent", agent, "apiKey", key);
  }

  private Object patchAgent(DataFetchingEnvironment env) {
    Map<String, Object> in = env.getArgument("input");
    Map<String, Object> a = workspace((Integer) in.get("workspaceId")).get((String) in.get("id"));
    if (a == null) {
      return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
          .message("Agent " + in.get("id") + " not found").extensions(Map.of("code", "NOT_FOUND")).build()).build();
    }
    a.put("name", in.get("name"));
    if (in.containsKey("surname")) {
      a.put("surname", in.get("surname"));
    }
    return a;
  }

  private Map<String, Object> store(Map<String, Object> in, String userId, String email) {
    Map<String, Object> a = agent((Integer) in.get("workspaceId"), "ag-" + nextId++, userId,
        (String) in.get("name"), (String) in.get("surname"), email);
    workspace((Integer) in.get("workspaceId")).put((String) a.get("id"), a);
    return a;
  }

  private Map<String, Object> agent(int ws, String id, String userId, String name, String surname, String email) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", id);
    a.put("workspaceId", ws);
    a.put("userId", userId);
    a.put("name", name);
    a.put("surname", surname);
    a.put("email", email);
    a.put("avatar", null);
    a.put("createdAt", now());
    return a;
  }

  private static String cursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String cursor) {
    try {
      return Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).substring(7));
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE; // an unknown cursor is past the end
    }
  }

  private static GraphQLScalarType dateTime() {
    return GraphQLScalarType.newScalar().name("DateTime").coercing(new Coercing<Object, String>() {
      @Override
      public String serialize(Object value, GraphQLContext context, Locale locale) {
        return value.toString();
      }

      @Override
      public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        return input.toString();
      }

      @Override
      public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (input instanceof StringValue) {
          return ((StringValue) input).getValue();
        }
        throw new CoercingParseLiteralException("DateTime must be an ISO-8601 string");
      }
    }).build();
  }

  synchronized void seed(int ws, String id, String userId, String name, String surname, String email) {
    workspace(ws).put(id, agent(ws, id, userId, name, surname, email));
  }

  @Override
  protected void demo() {
    seed(BcrumbsSandbox.WORKSPACE, "bc-ada", "user-ada", "Ada", "Admin", "ada@example.com");
  }

  @Override
  protected synchronized com.fasterxml.jackson.databind.JsonNode saveState() {
    return stateOf("workspaces", workspaces, "nextId", nextId);
  }

  @Override
  protected synchronized void restoreState(com.fasterxml.jackson.databind.JsonNode state) {
    Map<Integer, Map<String, Map<String, Object>>> saved = part(state, "workspaces", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    int next = part(state, "nextId", new com.fasterxml.jackson.core.type.TypeReference<Integer>() {});
    reset();
    workspaces.putAll(saved);
    nextId = next;
  }

  @Override
  protected synchronized void reset() {
    workspaces.clear();
    nextId = 1;
  }
}
