package dev.switchboard.livechat.sandbox;

import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.Map;

/**
 * Plugs the LiveChat fake into the sandbox; registered for {@link java.util.ServiceLoader} in this
 * module's {@code META-INF/services}. Its base URL is the v3.4 root ({@link
 * LiveChatSandbox#baseUrl} gives v3.1's). Setting names are the LiveChat provider's own ({@code
 * PlatformProvider.settings()}), repeated as text: a fake depends on no client.
 */
public final class LiveChatFakeProvider implements FakeProvider {
  /** The path below {@code /livechat} of the client's default API version, 3.4. */
  static final String BASE_PATH = "/v3.4";

  /** For {@link java.util.ServiceLoader}. */
  public LiveChatFakeProvider() {}

  @Override
  public String id() {
    return LiveChatFake.ID;
  }

  @Override
  public String defaultCredential() {
    return LiveChatSandbox.TOKEN;
  }

  @Override
  public Fake create(String credential, Clock clock) {
    return new LiveChatFake(credential, "sandbox-account", clock);
  }

  /** The LiveChat client's default API version is 3.4. */
  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public Map<String, String> clientSettings(String baseUrl, String credential) {
    return Map.of("TOKEN", credential, "URL", baseUrl);
  }

  @Override
  public String describe(String credential) {
    return "access token " + credential;
  }
}
