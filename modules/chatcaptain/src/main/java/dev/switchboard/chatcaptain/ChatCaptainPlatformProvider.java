package dev.switchboard.chatcaptain;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import java.util.List;

/**
 * Plugs ChatCaptain in ({@code META-INF/services}): {@code SWITCHBOARD_CHATCAPTAIN_KEY},
 * {@code SWITCHBOARD_CHATCAPTAIN_CHATBOT}, optionally {@code SWITCHBOARD_CHATCAPTAIN_URL} and
 * {@code SWITCHBOARD_CHATCAPTAIN_AGENT} (the API key's own agent as the list shows it).
 */
public final class ChatCaptainPlatformProvider implements PlatformProvider {
  private static final List<Setting> SETTINGS = List.of(
      Setting.credential("KEY", "x-chatcaptain-key"),
      Setting.required("CHATBOT", "the chatbot whose inbox agents are read"),
      Setting.optional("AGENT", "the listed id of the API key's own agent: then it and 'me' are one agent"),
      Setting.optional("URL", "base URL"),
      PlatformSettings.WIRE_LOG_SETTING);

  /** For {@link java.util.ServiceLoader}. */
  public ChatCaptainPlatformProvider() {}

  @Override
  public Platform platform() {
    return Platform.CHATCAPTAIN;
  }

  @Override
  public PlatformDescription description() {
    return ChatCaptainDirectory.DESCRIPTION;
  }

  @Override
  public List<Setting> settings() {
    return SETTINGS;
  }

  @Override
  public AgentDirectory directory(PlatformSettings s) {
    ChatCaptainClient.Builder c = ChatCaptainClient.builder().apiKey(s.required("KEY"));
    s.apply("URL", c::baseUrl);
    s.configure(c); // wire log, timeouts, retries, and the user's client customizers (e.g. an ObservationRegistry)
    return ChatCaptainDirectory.of(c.build(), s.required("CHATBOT"), s.optional("AGENT").orElse(null));
  }
}
