package dev.switchboard.intercom;

import dev.switchboard.intercom.api.AdminsApi;
import dev.switchboard.intercom.api.AdminsApiAsync;
import dev.switchboard.intercom.api.AdminsApiPaging;
import dev.switchboard.intercom.model.IntercomVersion;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.http.HttpCall;
import dev.switchboard.runtime.http.HttpPipelineNext;
import dev.switchboard.runtime.http.HttpPipelinePolicy;
import dev.switchboard.runtime.http.HttpResponse;
import dev.switchboard.runtime.internal.Lazy;
import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Entry point for Intercom's admins API (Intercom's teammates): list them, read one, set one away.
 *
 * <pre>{@code
 * IntercomClient intercom = IntercomClient.builder().accessToken(System.getenv("INTERCOM_TOKEN")).build();
 * AdminList admins = intercom.admins().listAdmins(null, new AdminsApi.ListAdminsQueryParams());
 * }</pre>
 *
 * <p>Every call carries {@code Intercom-Version} ({@link #DEFAULT_VERSION} unless
 * {@link Builder#version(String)} says otherwise): Intercom answers in the shape of the version a
 * request names, and the models here are generated from version 2.14. A call that passes its own
 * {@code intercomVersion} argument, or sets the header in its {@code RequestOptions}, keeps it.
 *
 * <p>Thread-safe.
 */
public final class IntercomClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "intercom";
  /** Intercom's US host, the first of the document's {@code servers}. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.intercom.io");
  /** Intercom's European host (the document's {@code servers}: "The european API server"). */
  public static final URI EU_BASE_URL = URI.create("https://api.eu.intercom.io");
  /** Intercom's Australian host (the document's {@code servers}: "The australian API server"). */
  public static final URI AU_BASE_URL = URI.create("https://api.au.intercom.io");
  /**
   * The {@code Intercom-Version} sent unless told otherwise: the version of the spec the models are
   * generated from, and the one Intercom's own Node SDK (intercom-client 7.0.3) sends by default.
   */
  public static final String DEFAULT_VERSION = "2.14";
  /** The header Intercom reads the API version from. */
  public static final String VERSION_HEADER = "Intercom-Version";

  private final AdminsApi admins;
  private final Lazy<AdminsApiAsync> adminsAsync;
  private final String version;

  private IntercomClient(ClientConfig config, String version) {
    this.admins = config.client(AdminsApi.class);
    this.adminsAsync = Lazy.of(() -> config.asyncClient(AdminsApiAsync.class));
    this.version = version;
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the generated client for the admins operations
   */
  public AdminsApi admins() {
    return admins;
  }

  /**
   * The same operations, non-blocking: each returns a {@link CompletableFuture}.
   *
   * @return the generated async client
   */
  public AdminsApiAsync adminsAsync() {
    return adminsAsync.get();
  }

  /**
   * The spec's paged listings ({@code x-pagination}) as lazy {@link dev.switchboard.runtime.paging.PagedIterable}s.
   * Intercom answers every admin in one response, so a listing is one page.
   *
   * @return the generated paging of the admins API
   */
  public AdminsApiPaging adminsPaging() {
    return new AdminsApiPaging(admins(), adminsAsync);
  }

  /**
   * @return the {@code Intercom-Version} every call carries unless it names its own
   */
  public String version() {
    return version;
  }

  /** Configures an {@link IntercomClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credential credential;
    private String version = DEFAULT_VERSION;

    private Builder() {
      super(PROVIDER, DEFAULT_BASE_URL);
    }

    /**
     * @param token an access token (a workspace's, or an OAuth token), sent as
     *     {@code Authorization: Bearer <token>}
     * @return this
     */
    public Builder accessToken(String token) {
      this.credential = Credential.bearer(Secret.of(token, "accessToken"));
      return this;
    }

    /**
     * @param version the {@code Intercom-Version} every call carries (default {@value IntercomClient#DEFAULT_VERSION}),
     *     one of the versions the spec's {@code intercom_version} lists, e.g. {@code "2.13"}
     * @return this
     * @throws IllegalArgumentException if the spec lists no such version
     */
    public Builder version(String version) {
      Objects.requireNonNull(version, "version");
      IntercomVersion known = IntercomVersion.fromValue(version.strip());
      if (known == IntercomVersion.UNKNOWN_DEFAULT_OPEN_API) {
        throw new IllegalArgumentException("Intercom-Version must be one of " + Arrays.stream(IntercomVersion.values())
            .filter(v -> v != IntercomVersion.UNKNOWN_DEFAULT_OPEN_API).map(IntercomVersion::getValue)
            .collect(Collectors.joining(", ")) + " (specs/intercom lists these), was '" + version + "'");
      }
      this.version = known.getValue();
      return this;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException("intercom: set accessToken(..) before build()");
      }
      return credential;
    }

    /**
     * @return the client
     */
    public IntercomClient build() {
      // Added to this client's configuration only, so that building again with another version
      // leaves clients already built as they were.
      ClientConfig config = config().toBuilder().addPolicy(new VersionHeader(version)).build();
      return new IntercomClient(config, version);
    }
  }

  /**
   * Puts {@code Intercom-Version} on a call that does not carry one yet: a generated method's
   * {@code intercomVersion} argument or a {@code RequestOptions} header wins.
   */
  private static final class VersionHeader implements HttpPipelinePolicy {
    private final String version;

    VersionHeader(String version) {
      this.version = version;
    }

    @Override
    public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
      String given = call.request().header(VERSION_HEADER);
      if (given == null || given.isBlank()) {
        call.request().setHeader(VERSION_HEADER, version);
      }
      return next.process(call);
    }
  }
}
