package dev.switchboard.runtime.http;

import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import java.net.URI;

final class TestClientBuilder extends ClientBuilder<TestClientBuilder> {
  static final String KEY = "sk_test_4f1d9c0ffee";

  TestClientBuilder(String baseUrl) {
    this();
    baseUrl(baseUrl);
  }

  /** No base URL set: the builder falls back to its override property, variable, then default. */
  TestClientBuilder() {
    super("testprovider", URI.create("https://example.invalid"));
  }

  /** Null: the API key header. */
  private Credential credential;

  /** Another credential than the API key header, e.g. {@link Credential#basic(Secret, Secret)}. */
  TestClientBuilder credential(Credential credential) {
    this.credential = credential;
    return this;
  }

  @Override
  protected Credential credential() {
    return credential != null ? credential : Credential.header("X-Api-Key", Secret.of(KEY, "key"));
  }

  /** The platform hook a provider's builder calls for its own request id header. */
  TestClientBuilder platformRequestIdHeader(String name) {
    return requestIdHeader(name);
  }

  TestApi build() {
    return config().client(TestApi.class);
  }

  TestApiAsync buildAsync() {
    return config().asyncClient(TestApiAsync.class);
  }
}
