package dev.switchboard.sandbox;

import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.Map;

/**
 * The fakes of the five platforms Switchboard ships, each registered for {@link java.util.ServiceLoader}
 * in this module's {@code META-INF/services/dev.switchboard.sandbox.spi.FakeProvider}. Setting names
 * are the platforms' own ({@code PlatformProvider.settings()}); the sandbox repeats them as text
 * because it depends on no platform module.
 */
public final class BuiltInFakes {
  private BuiltInFakes() {}

  /** Chatwoot, with demo account {@link Sandbox#CHATWOOT_ACCOUNT}. */
  public static final class Chatwoot implements FakeProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Chatwoot() {}

    @Override
    public String id() {
      return "chatwoot";
    }

    @Override
    public String defaultCredential() {
      return Sandbox.CHATWOOT_TOKEN;
    }

    @Override
    public Fake create(String credential, Clock clock) {
      return new ChatwootFake(credential, clock);
    }

    @Override
    public Map<String, String> clientSettings(String baseUrl, String credential) {
      return Map.of("TOKEN", credential, "ACCOUNT", String.valueOf(Sandbox.CHATWOOT_ACCOUNT), "URL", baseUrl);
    }

    @Override
    public String describe(String credential) {
      return "api_access_token " + credential + ", account " + Sandbox.CHATWOOT_ACCOUNT;
    }
  }

  /** Bird, with demo workspace {@link Sandbox#BIRD_WORKSPACE}. */
  public static final class Bird implements FakeProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Bird() {}

    @Override
    public String id() {
      return "bird";
    }

    @Override
    public String defaultCredential() {
      return Sandbox.BIRD_ACCESS_KEY;
    }

    @Override
    public Fake create(String credential, Clock clock) {
      return new BirdFake(credential, clock);
    }

    @Override
    public Map<String, String> clientSettings(String baseUrl, String credential) {
      return Map.of("ACCESS_KEY", credential, "WORKSPACE", Sandbox.BIRD_WORKSPACE, "URL", baseUrl);
    }

    @Override
    public String describe(String credential) {
      return "access key " + credential + ", workspace " + Sandbox.BIRD_WORKSPACE;
    }
  }

  /** ChatCaptain, with demo chatbot {@link Sandbox#CHATCAPTAIN_CHATBOT}. */
  public static final class ChatCaptain implements FakeProvider {
    /** For {@link java.util.ServiceLoader}. */
    public ChatCaptain() {}

    @Override
    public String id() {
      return "chatcaptain";
    }

    @Override
    public String defaultCredential() {
      return Sandbox.CHATCAPTAIN_KEY;
    }

    @Override
    public Fake create(String credential, Clock clock) {
      return new ChatCaptainFake(credential, Sandbox.CHATCAPTAIN_ME, clock);
    }

    @Override
    public Map<String, String> clientSettings(String baseUrl, String credential) {
      // AGENT: the key's own agent as the list shows it, so 'captain-me' and 'me' are one agent.
      return Map.of("KEY", credential, "CHATBOT", Sandbox.CHATCAPTAIN_CHATBOT, "AGENT", Sandbox.CHATCAPTAIN_ME,
          "URL", baseUrl);
    }

    @Override
    public String describe(String credential) {
      return "x-chatcaptain-key " + credential + ", chatbot " + Sandbox.CHATCAPTAIN_CHATBOT;
    }
  }

  /** LiveChat; its base URL is the v3.4 root ({@link Sandbox#liveChatBaseUrl(String)} for v3.1). */
  public static final class LiveChat implements FakeProvider {
    /** For {@link java.util.ServiceLoader}. */
    public LiveChat() {}

    @Override
    public String id() {
      return "livechat";
    }

    @Override
    public String defaultCredential() {
      return Sandbox.LIVECHAT_TOKEN;
    }

    @Override
    public Fake create(String credential, Clock clock) {
      return new LiveChatFake(credential, "sandbox-account", clock);
    }

    /** The LiveChat client's default API version is 3.4. */
    @Override
    public String basePath() {
      return "/v3.4";
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

  /** bcrumbs, with demo workspace {@link Sandbox#BCRUMBS_WORKSPACE}. */
  public static final class Bcrumbs implements FakeProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Bcrumbs() {}

    @Override
    public String id() {
      return "bcrumbs";
    }

    @Override
    public String defaultCredential() {
      return Sandbox.BCRUMBS_API_KEY;
    }

    @Override
    public Fake create(String credential, Clock clock) {
      return new BcrumbsFake(credential, clock);
    }

    @Override
    public String basePath() {
      return "/core/gq";
    }

    @Override
    public Map<String, String> clientSettings(String baseUrl, String credential) {
      return Map.of("API_KEY", credential, "WORKSPACE", String.valueOf(Sandbox.BCRUMBS_WORKSPACE), "URL", baseUrl);
    }

    @Override
    public String describe(String credential) {
      return "API key " + credential + ", workspace " + Sandbox.BCRUMBS_WORKSPACE;
    }
  }
}
