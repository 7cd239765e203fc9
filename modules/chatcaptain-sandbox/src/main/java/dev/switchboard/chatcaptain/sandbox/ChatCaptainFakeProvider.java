package dev.switchboard.chatcaptain.sandbox;

import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.Map;

/**
 * Plugs the ChatCaptain fake into the sandbox; registered for {@link java.util.ServiceLoader} in
 * this module's {@code META-INF/services}. Its demo chatbot is {@link ChatCaptainSandbox#CHATBOT}.
 * Setting names are the ChatCaptain provider's own ({@code PlatformProvider.settings()}), repeated
 * as text: a fake depends on no client.
 */
public final class ChatCaptainFakeProvider implements FakeProvider {
  /** For {@link java.util.ServiceLoader}. */
  public ChatCaptainFakeProvider() {}

  @Override
  public String id() {
    return ChatCaptainFake.ID;
  }

  @Override
  public String defaultCredential() {
    return ChatCaptainSandbox.KEY;
  }

  @Override
  public Fake create(String credential, Clock clock) {
    return new ChatCaptainFake(credential, ChatCaptainSandbox.ME, clock);
  }

  @Override
  public Map<String, String> clientSettings(String baseUrl, String credential) {
    // AGENT: the key's own agent as the list shows it, so 'captain-me' and 'me' are one agent.
    return Map.of("KEY", credential, "CHATBOT", ChatCaptainSandbox.CHATBOT, "AGENT", ChatCaptainSandbox.ME,
        "URL", baseUrl);
  }

  @Override
  public String describe(String credential) {
    return "x-chatcaptain-key " + credential + ", chatbot " + ChatCaptainSandbox.CHATBOT;
  }
}
