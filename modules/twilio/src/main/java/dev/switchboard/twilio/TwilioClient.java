package dev.switchboard.twilio;

import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.internal.Lazy;
import dev.switchboard.twilio.api.TaskrouterV1ActivityApi;
import dev.switchboard.twilio.api.TaskrouterV1ActivityApiAsync;
import dev.switchboard.twilio.api.TaskrouterV1ActivityApiPaging;
import dev.switchboard.twilio.api.TaskrouterV1WorkerApi;
import dev.switchboard.twilio.api.TaskrouterV1WorkerApiAsync;
import dev.switchboard.twilio.api.TaskrouterV1WorkerApiPaging;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Entry point for Twilio TaskRouter's workers and activities ({@code https://taskrouter.twilio.com},
 * the server of Twilio's own OpenAPI document), the agents of Twilio Flex. Request bodies are
 * forms ({@code application/x-www-form-urlencoded}), as the document declares; every call carries
 * HTTP Basic auth: the account SID and auth token, or an API key SID and its secret.
 *
 * <pre>{@code
 * TwilioClient twilio = TwilioClient.builder()
 *     .accountSid(System.getenv("TWILIO_ACCOUNT_SID")).authToken(System.getenv("TWILIO_AUTH_TOKEN")).build();
 * TaskrouterV1WorkspaceWorker w = twilio.workers().createWorker(workspaceSid, "Ann Agent", null, "{}");
 * }</pre>
 *
 * <p>Both halves of the Basic credential are secrets here: the SIDs and the base64 form are masked
 * in logs and messages as the token is. Thread-safe; build one per credential and share it.
 */
public final class TwilioClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "twilio";
  /** TaskRouter's production API: the {@code servers} entry of Twilio's document. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://taskrouter.twilio.com");

  private final String accountSid;
  private final TaskrouterV1WorkerApi workers;
  private final Lazy<TaskrouterV1WorkerApiAsync> workersAsync;
  private final TaskrouterV1ActivityApi activities;
  private final Lazy<TaskrouterV1ActivityApiAsync> activitiesAsync;

  private TwilioClient(String accountSid, ClientConfig config) {
    this.accountSid = accountSid;
    this.workers = config.client(TaskrouterV1WorkerApi.class);
    this.workersAsync = Lazy.of(() -> config.asyncClient(TaskrouterV1WorkerApiAsync.class));
    this.activities = config.client(TaskrouterV1ActivityApi.class);
    this.activitiesAsync = Lazy.of(() -> config.asyncClient(TaskrouterV1ActivityApiAsync.class));
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the account the client acts for
   */
  public String accountSid() {
    return accountSid;
  }

  /**
   * The generated client of the worker operations: list, create, fetch, update, delete.
   *
   * @return the workers API
   */
  public TaskrouterV1WorkerApi workers() {
    return workers;
  }

  /**
   * @return the same operations, non-blocking
   */
  public TaskrouterV1WorkerApiAsync workersAsync() {
    return workersAsync.get();
  }

  /**
   * The worker list as a lazy {@link dev.switchboard.runtime.paging.PagedIterable}: each page after the
   * first is asked for with the {@code PageToken} of the previous page's {@code meta.next_page_url}.
   *
   * @return the generated paging of the workers API
   */
  public TaskrouterV1WorkerApiPaging workersPaging() {
    return new TaskrouterV1WorkerApiPaging(workers, workersAsync);
  }

  /**
   * The generated client of the activities list (the states a worker can be in).
   *
   * @return the activities API
   */
  public TaskrouterV1ActivityApi activities() {
    return activities;
  }

  /**
   * @return the activities list, non-blocking
   */
  public TaskrouterV1ActivityApiAsync activitiesAsync() {
    return activitiesAsync.get();
  }

  /**
   * @return the generated paging of the activities list
   */
  public TaskrouterV1ActivityApiPaging activitiesPaging() {
    return new TaskrouterV1ActivityApiPaging(activities, activitiesAsync);
  }

  /** Configures a {@link TwilioClient}: the account, and its auth token or an API key. */
  public static final class Builder extends ClientBuilder<Builder> {
    /** Twilio's SIDs: two letters and 32 hex digits (the document's patterns, e.g. {@code ^AC[0-9a-fA-F]{32}$}). */
    private static final Pattern ACCOUNT = Pattern.compile("AC[0-9a-fA-F]{32}");

    private String accountSid;
    private Secret authToken;
    private Secret apiKey;
    private Secret apiSecret;

    private Builder() {
      super(PROVIDER, DEFAULT_BASE_URL);
    }

    /**
     * @param accountSid the account ({@code AC} and 32 hex digits)
     * @return this
     * @throws IllegalArgumentException if it is not an account SID (the value is not quoted)
     */
    public Builder accountSid(String accountSid) {
      if (accountSid == null || !ACCOUNT.matcher(accountSid.strip()).matches()) {
        throw new IllegalArgumentException("accountSid must be AC followed by 32 hex digits");
      }
      this.accountSid = accountSid.strip();
      return this;
    }

    /**
     * Authenticate as the account: Basic with the account SID and its auth token.
     *
     * @param authToken the account's auth token
     * @return this
     */
    public Builder authToken(String authToken) {
      this.authToken = Secret.of(authToken, "authToken");
      return this;
    }

    /**
     * Authenticate with an API key of the account instead: Basic with the key's SID and secret.
     *
     * @param keySid the API key's SID (Twilio's start with {@code SK}; a wrong one is Twilio's 401)
     * @param secret the key's secret
     * @return this
     */
    public Builder apiKey(String keySid, String secret) {
      this.apiKey = Secret.of(keySid, "apiKey");
      this.apiSecret = Secret.of(secret, "apiSecret");
      return this;
    }

    @Override
    protected Credential credential() {
      if (accountSid == null) {
        throw new IllegalStateException("twilio: set accountSid(..) before build()");
      }
      if (apiKey != null) {
        return Credential.basic(apiKey, apiSecret);
      }
      if (authToken == null) {
        throw new IllegalStateException("twilio: set authToken(..) or apiKey(..) before build()");
      }
      return Credential.basic(Secret.of(accountSid, "accountSid"), authToken);
    }

    /**
     * @return the client
     */
    public TwilioClient build() {
      return new TwilioClient(accountSid, config());
    }
  }
}
