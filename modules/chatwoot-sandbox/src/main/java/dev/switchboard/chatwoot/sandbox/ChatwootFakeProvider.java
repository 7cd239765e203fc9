package dev.switchboard.chatwoot.sandbox;

import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.Map;

/**
 * Plugs the Chatwoot fake into the sandbox; registered for {@link java.util.ServiceLoader} in this
 * module's {@code META-INF/services}. Its demo account is {@link ChatwootSandbox#ACCOUNT}. Setting
 * names are the Chatwoot provider's own ({@code PlatformProvider.settings()}), repeated as text: a
 * fake depends on no client.
 */
public final class ChatwootFakeProvider implements FakeProvider {
  /** For {@link java.util.ServiceLoader}. */
  public ChatwootFakeProvider() {}

  @Override
  public String id() {
    return ChatwootFake.ID;
  }

  @Override
  public String defaultCredential() {
    return ChatwootSandbox.TOKEN;
  }

  @Override
  public Fake create(String credential, Clock clock) {
    return new ChatwootFake(credential, clock);
  }

  @Override
  public Map<String, String> clientSettings(String baseUrl, String credential) {
    return Map.of("TOKEN", credential, "ACCOUNT", String.valueOf(ChatwootSandbox.ACCOUNT), "URL", baseUrl);
  }

  @Override
  public String describe(String credential) {
    return "api_access_token " + credential + ", account " + ChatwootSandbox.ACCOUNT;
  }
}
