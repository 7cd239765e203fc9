package dev.switchboard.chatcaptain;

import dev.switchboard.chatcaptain.api.InboxAgentsApi;
import dev.switchboard.chatcaptain.api.InboxAgentsApiAsync;
import dev.switchboard.chatcaptain.api.InboxAgentsApiPaging;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.internal.Lazy;
import dev.switchboard.chatcaptain.model.AgentOnlineStatus;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Entry point for ChatCaptain's inbox agents API: agents' online status and the calling agent's
 * notification settings, per chatbot.
 *
 * <pre>{@code
 * ChatCaptainClient captain = ChatCaptainClient.builder().apiKey(System.getenv("CHATCAPTAIN_KEY")).build();
 * OnlineStatusList online = captain.inboxAgents().listAgentsOnlineStatus("chatbot-id");
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ChatCaptainClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "chatcaptain";
  /** ChatCaptain's production API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.chatcaptain.com");

  private final InboxAgentsApi inboxAgents;
  private final Lazy<InboxAgentsApiAsync> inboxAgentsAsync;

  private ChatCaptainClient(ClientConfig config) {
    this.inboxAgents = config.client(InboxAgentsApi.class);
    this.inboxAgentsAsync = Lazy.of(() -> config.asyncClient(InboxAgentsApiAsync.class));
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the generated client for the inbox agent operations
   */
  public InboxAgentsApi inboxAgents() {
    return inboxAgents;
  }

  /**
   * The same operations, non-blocking: each returns a {@link java.util.concurrent.CompletableFuture}.
   *
   * @return the generated async client
   */
  public InboxAgentsApiAsync inboxAgentsAsync() {
    return inboxAgentsAsync.get();
  }

  /**
   * The spec's paged listings ({@code x-pagination}) as lazy {@link dev.switchboard.runtime.paging.PagedIterable}s:
   * items, pages with continuation tokens, resuming, {@code map} and async collection.
   *
   * @return the generated paging of the inbox agents API
   */
  public InboxAgentsApiPaging inboxAgentsPaging() {
    return new InboxAgentsApiPaging(inboxAgents(), inboxAgentsAsync);
  }

  /**
   * Reads an agent's {@code lastSeen}. ChatCaptain documents it as a plain string ("timestamp of
   * the last activity") with no format, so the generated model keeps the raw text
   * ({@code AgentOnlineStatus.getLastSeen()}) and this gives a parsed value only when the text is
   * an ISO-8601 date-time with an offset (any other form is not guessed at).
   *
   * @param status one agent's online status
   * @return the parsed instant, or empty when the value is absent or in another form
   */
  public static Optional<OffsetDateTime> lastSeen(AgentOnlineStatus status) {
    String raw = status == null ? null : status.getLastSeen();
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.trim();
    try {
      return Optional.of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException notIso) {
      return Optional.empty();
    }
  }

  /** Configures a {@link ChatCaptainClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credential credential;

    private Builder() {
      super(PROVIDER, DEFAULT_BASE_URL);
    }

    /**
     * @param key the API key, sent as the {@code x-chatcaptain-key} header
     * @return this
     */
    public Builder apiKey(String key) {
      this.credential = Credential.header("x-chatcaptain-key", Secret.of(key, "apiKey"));
      return this;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException("chatcaptain: set apiKey(..) before build()");
      }
      return credential;
    }

    /**
     * @return the client
     */
    public ChatCaptainClient build() {
      return new ChatCaptainClient(config());
    }
  }
}
