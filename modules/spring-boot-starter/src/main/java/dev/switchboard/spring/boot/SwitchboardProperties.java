package dev.switchboard.spring.boot;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.Settings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code switchboard.*} properties: one group per platform (its credential, ids, base URL,
 * timeouts and retries), and the health check's timeout. A platform is configured when its
 * credential is set. They become the facade's {@link Settings} ({@link #settings()}), the same keys
 * as the {@code SWITCHBOARD_*} environment variables, so both configure a platform alike.
 */
@ConfigurationProperties(prefix = "switchboard")
public class SwitchboardProperties {
  /** Whether to create the Switchboard bean at all. */
  private boolean enabled = true;

  private final Bird bird = new Bird();
  private final Chatwoot chatwoot = new Chatwoot();
  private final ChatCaptain chatcaptain = new ChatCaptain();
  private final LiveChat livechat = new LiveChat();
  private final Bcrumbs bcrumbs = new Bcrumbs();
  private final Health health = new Health();

  /**
   * @return whether to create the Switchboard bean
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * @param enabled whether to create the Switchboard bean
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * @return Bird's properties
   */
  public Bird getBird() {
    return bird;
  }

  /**
   * @return Chatwoot's properties
   */
  public Chatwoot getChatwoot() {
    return chatwoot;
  }

  /**
   * @return ChatCaptain's properties
   */
  public ChatCaptain getChatcaptain() {
    return chatcaptain;
  }

  /**
   * @return LiveChat's properties
   */
  public LiveChat getLivechat() {
    return livechat;
  }

  /**
   * @return bcrumbs' properties
   */
  public Bcrumbs getBcrumbs() {
    return bcrumbs;
  }

  /**
   * @return the health check's properties
   */
  public Health getHealth() {
    return health;
  }

  /**
   * Every property that is set, as the facade's settings by full key (e.g.
   * {@code SWITCHBOARD_BIRD_ACCESS_KEY}).
   *
   * @return the values by full key
   */
  public Map<String, String> settings() {
    Map<String, String> out = new LinkedHashMap<>();
    bird.settings(out);
    chatwoot.settings(out);
    chatcaptain.settings(out);
    livechat.settings(out);
    bcrumbs.settings(out);
    return out;
  }

  /** What every platform's group has: base URL, timeouts, retries. */
  public abstract static class PlatformProperties {
    /** Base URL of the platform's API; the platform's production URL when unset. */
    private String url;
    /** How long to wait for a TCP connection (default 10s). */
    private Duration connectTimeout;
    /** How long to wait between bytes of a response (default 30s). */
    private Duration readTimeout;
    /** The limit of one attempt, connect to last byte (default 60s). */
    private Duration attemptTimeout;
    /** The limit of a whole call, retries and their waits included (default 2m). */
    private Duration callTimeout;
    private final Retry retry = new Retry();

    /**
     * @return the platform
     */
    protected abstract Platform platform();

    /**
     * Adds this platform's own properties.
     *
     * @param put takes a key below the platform's prefix (e.g. {@code ACCESS_KEY}) and its value
     */
    protected abstract void own(java.util.function.BiConsumer<String, Object> put);

    void settings(Map<String, String> out) {
      java.util.function.BiConsumer<String, Object> put = (name, value) -> {
        if (value != null) {
          out.put(Settings.key(platform(), name), value.toString());
        }
      };
      own(put);
      put.accept("URL", url);
      put.accept("CONNECT_TIMEOUT", connectTimeout);
      put.accept("READ_TIMEOUT", readTimeout);
      put.accept("ATTEMPT_TIMEOUT", attemptTimeout);
      put.accept("CALL_TIMEOUT", callTimeout);
      put.accept("RETRY_MAX_ATTEMPTS", retry.maxAttempts);
      put.accept("RETRY_BASE_DELAY", retry.baseDelay);
      put.accept("RETRY_MAX_DELAY", retry.maxDelay);
    }

    /**
     * @return the base URL, or null for the platform's default
     */
    public String getUrl() {
      return url;
    }

    /**
     * @param url the base URL
     */
    public void setUrl(String url) {
      this.url = url;
    }

    /**
     * @return the connect timeout, or null for the default
     */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /**
     * @param connectTimeout the connect timeout
     */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /**
     * @return the read timeout, or null for the default
     */
    public Duration getReadTimeout() {
      return readTimeout;
    }

    /**
     * @param readTimeout the read timeout
     */
    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    /**
     * @return the per-attempt timeout, or null for the default
     */
    public Duration getAttemptTimeout() {
      return attemptTimeout;
    }

    /**
     * @param attemptTimeout the per-attempt timeout
     */
    public void setAttemptTimeout(Duration attemptTimeout) {
      this.attemptTimeout = attemptTimeout;
    }

    /**
     * @return the whole-call timeout, or null for the default
     */
    public Duration getCallTimeout() {
      return callTimeout;
    }

    /**
     * @param callTimeout the whole-call timeout
     */
    public void setCallTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }

    /**
     * @return the retry properties
     */
    public Retry getRetry() {
      return retry;
    }
  }

  /** When to repeat a failed attempt; only what cannot duplicate a write is ever repeated. */
  public static class Retry {
    /** Attempts per call, the first included; 1 turns retries off (default 3). */
    private Integer maxAttempts;
    /** The first backoff delay (default 200ms). */
    private Duration baseDelay;
    /** The longest backoff delay (default 10s). */
    private Duration maxDelay;

    /**
     * @return attempts per call, or null for the default
     */
    public Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * @param maxAttempts attempts per call
     */
    public void setMaxAttempts(Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * @return the first backoff delay, or null for the default
     */
    public Duration getBaseDelay() {
      return baseDelay;
    }

    /**
     * @param baseDelay the first backoff delay
     */
    public void setBaseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
    }

    /**
     * @return the longest backoff delay, or null for the default
     */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /**
     * @param maxDelay the longest backoff delay
     */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }
  }

  /** Bird: {@code switchboard.bird.*}. */
  public static class Bird extends PlatformProperties {
    /** Bird access key (a secret: setting it configures Bird). */
    private String accessKey;
    /** The workspace whose agents are managed. Required when Bird is configured. */
    private String workspace;

    @Override
    protected Platform platform() {
      return Platform.BIRD;
    }

    @Override
    protected void own(java.util.function.BiConsumer<String, Object> put) {
      put.accept("ACCESS_KEY", accessKey);
      put.accept("WORKSPACE", workspace);
    }

    /**
     * @return the access key
     */
    public String getAccessKey() {
      return accessKey;
    }

    /**
     * @param accessKey the access key
     */
    public void setAccessKey(String accessKey) {
      this.accessKey = accessKey;
    }

    /**
     * @return the workspace id
     */
    public String getWorkspace() {
      return workspace;
    }

    /**
     * @param workspace the workspace id
     */
    public void setWorkspace(String workspace) {
      this.workspace = workspace;
    }
  }

  /** Chatwoot: {@code switchboard.chatwoot.*}. */
  public static class Chatwoot extends PlatformProperties {
    /** Chatwoot api_access_token (a secret: setting it configures Chatwoot). */
    private String token;
    /** The account id. Required when Chatwoot is configured. */
    private Long account;

    @Override
    protected Platform platform() {
      return Platform.CHATWOOT;
    }

    @Override
    protected void own(java.util.function.BiConsumer<String, Object> put) {
      put.accept("TOKEN", token);
      put.accept("ACCOUNT", account);
    }

    /**
     * @return the access token
     */
    public String getToken() {
      return token;
    }

    /**
     * @param token the access token
     */
    public void setToken(String token) {
      this.token = token;
    }

    /**
     * @return the account id
     */
    public Long getAccount() {
      return account;
    }

    /**
     * @param account the account id
     */
    public void setAccount(Long account) {
      this.account = account;
    }
  }

  /** ChatCaptain: {@code switchboard.chatcaptain.*}. */
  public static class ChatCaptain extends PlatformProperties {
    /** ChatCaptain x-chatcaptain-key (a secret: setting it configures ChatCaptain). */
    private String key;
    /** The chatbot whose inbox agents are read. Required when ChatCaptain is configured. */
    private String chatbot;
    /** The API key's own agent as the list shows it: then it and 'me' are one agent (optional). */
    private String agent;

    @Override
    protected Platform platform() {
      return Platform.CHATCAPTAIN;
    }

    @Override
    protected void own(java.util.function.BiConsumer<String, Object> put) {
      put.accept("KEY", key);
      put.accept("CHATBOT", chatbot);
      put.accept("AGENT", agent);
    }

    /**
     * @return the API key
     */
    public String getKey() {
      return key;
    }

    /**
     * @param key the API key
     */
    public void setKey(String key) {
      this.key = key;
    }

    /**
     * @return the chatbot id
     */
    public String getChatbot() {
      return chatbot;
    }

    /**
     * @param chatbot the chatbot id
     */
    public void setChatbot(String chatbot) {
      this.chatbot = chatbot;
    }

    /**
     * @return the API key's own agent id, as listed
     */
    public String getAgent() {
      return agent;
    }

    /**
     * @param agent the API key's own agent id, as listed
     */
    public void setAgent(String agent) {
      this.agent = agent;
    }
  }

  /** LiveChat: {@code switchboard.livechat.*}. */
  public static class LiveChat extends PlatformProperties {
    /** LiveChat access token; its region prefix, e.g. fra:, picks the region (a secret: setting it configures LiveChat). */
    private String token;
    /** The Configuration API version: 3.4 (default) or 3.1. */
    private String apiVersion;
    /** The region label, e.g. dal or fra, when the token has no prefix. */
    private String region;

    @Override
    protected Platform platform() {
      return Platform.LIVECHAT;
    }

    @Override
    protected void own(java.util.function.BiConsumer<String, Object> put) {
      put.accept("TOKEN", token);
      put.accept("API_VERSION", apiVersion);
      put.accept("REGION", region);
    }

    /**
     * @return the access token
     */
    public String getToken() {
      return token;
    }

    /**
     * @param token the access token
     */
    public void setToken(String token) {
      this.token = token;
    }

    /**
     * @return the API version
     */
    public String getApiVersion() {
      return apiVersion;
    }

    /**
     * @param apiVersion the API version
     */
    public void setApiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
    }

    /**
     * @return the region label
     */
    public String getRegion() {
      return region;
    }

    /**
     * @param region the region label
     */
    public void setRegion(String region) {
      this.region = region;
    }
  }

  /** bcrumbs: {@code switchboard.bcrumbs.*}. */
  public static class Bcrumbs extends PlatformProperties {
    /** bcrumbs API key (a secret: setting it configures bcrumbs). */
    private String apiKey;
    /** The workspace id. Required when bcrumbs is configured. */
    private Integer workspace;

    @Override
    protected Platform platform() {
      return Platform.BCRUMBS;
    }

    @Override
    protected void own(java.util.function.BiConsumer<String, Object> put) {
      put.accept("API_KEY", apiKey);
      put.accept("WORKSPACE", workspace);
    }

    /**
     * @return the API key
     */
    public String getApiKey() {
      return apiKey;
    }

    /**
     * @param apiKey the API key
     */
    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    /**
     * @return the workspace id
     */
    public Integer getWorkspace() {
      return workspace;
    }

    /**
     * @param workspace the workspace id
     */
    public void setWorkspace(Integer workspace) {
      this.workspace = workspace;
    }
  }

  /** The health check of each configured platform ({@code /actuator/health/switchboard}). */
  public static class Health {
    /** The limit of one health check, its only attempt included. */
    private Duration timeout = Duration.ofSeconds(5);

    /**
     * @return the limit of one check
     */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * @param timeout the limit of one check
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }
}
