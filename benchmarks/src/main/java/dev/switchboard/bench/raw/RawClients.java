package dev.switchboard.bench.raw;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The baseline: what a careful developer writes by hand with the JDK's {@link HttpClient} and
 * Jackson, and nothing else. One shared client (HTTP/1.1, keep-alive), one request per call, the
 * body read as bytes and decoded into {@link RawBirdModel} records; a non-200 is an exception.
 */
public final class RawClients {
  private static final String ACCEPT = "application/json";

  private final HttpClient http;
  private final ObjectMapper mapper;
  private final String base;
  private final String authorization;

  /**
   * @param base e.g. {@code http://127.0.0.1:1234}
   * @param accessKey sent as {@code Authorization: AccessKey <key>} (Bird) and raw (bcrumbs)
   */
  public RawClients(String base, String accessKey) {
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    this.base = base;
    this.authorization = accessKey;
  }

  /**
   * @param workspaceId the workspace
   * @param agentId the agent
   * @return the agent
   */
  public RawBirdModel.Agent getAgent(String workspaceId, String agentId) {
    return get(base + "/workspaces/" + workspaceId + "/agents/" + agentId, RawBirdModel.Agent.class);
  }

  /**
   * @param workspaceId the workspace
   * @param limit page size
   * @param pageToken the page token, or null
   * @return one page
   */
  public RawBirdModel.AgentList listAgents(String workspaceId, int limit, String pageToken) {
    String uri = base + "/workspaces/" + workspaceId + "/agents?limit=" + limit
        + (pageToken == null ? "" : "&pageToken=" + pageToken);
    return get(uri, RawBirdModel.AgentList.class);
  }

  private <T> T get(String uri, Class<T> type) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
        .header("Authorization", "AccessKey " + authorization)
        .header("Accept", ACCEPT)
        .timeout(Duration.ofSeconds(30))
        .GET()
        .build();
    return decode(send(request), type);
  }

  /** bcrumbs' agents query, composed the way a hand-written GraphQL client would. */
  public record GraphQlRequest(String operationName, String query, Map<String, Object> variables) {}

  /** The GraphQL answer. */
  public record AgentsResponse(AgentsData data, List<Map<String, Object>> errors) {}

  /** data. */
  public record AgentsData(Agents agents) {}

  /** data.agents. */
  public record Agents(List<Node> nodes, PageInfo pageInfo) {}

  /** One agent node, the fields the SDK's operation selects. */
  public record Node(String id, String userId, String name, String surname, String email) {}

  /** Paging. */
  public record PageInfo(boolean hasNextPage, String endCursor, Integer count) {}

  private static final String AGENTS_QUERY = "query agents($input: AgentsInput!) { agents(input: $input) "
      + "{ nodes { id userId name surname email } pageInfo { hasNextPage endCursor count } } }";

  /**
   * @param graphQlPath the endpoint path, e.g. {@code /gq}
   * @param workspaceId the workspace
   * @return the first page's agents (bcrumbs documents no page size input; the server picks it)
   */
  public Agents bcrumbsAgents(String graphQlPath, int workspaceId) {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(new GraphQlRequest("agents", AGENTS_QUERY,
          Map.of("input", Map.of("workspaceId", workspaceId))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + graphQlPath))
        .header("authorization", authorization)
        .header("Content-Type", ACCEPT)
        .header("Accept", ACCEPT)
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    AgentsResponse response = decode(send(request), AgentsResponse.class);
    if (response.errors() != null && !response.errors().isEmpty()) {
      throw new IllegalStateException("GraphQL errors: " + response.errors());
    }
    return response.data().agents();
  }

  private byte[] send(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        // A pooled keep-alive connection the server had just closed: java.net.http repeats a GET
        // itself but not a POST (the GraphQL query), so a careful hand-written client repeats it
        // once, as the query cannot change anything. Seen once in a 16-caller run.
        if (!"POST".equals(request.method()) || e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
          throw e;
        }
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " for " + request.uri());
    }
    return response.body();
  }

  private <T> T decode(byte[] body, Class<T> type) {
    try {
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
