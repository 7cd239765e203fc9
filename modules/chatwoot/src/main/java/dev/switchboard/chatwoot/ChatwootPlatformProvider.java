package dev.switchboard.chatwoot;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import java.util.List;

/**
 * Plugs Chatwoot in ({@code META-INF/services}): {@code SWITCHBOARD_CHATWOOT_TOKEN},
 * {@code SWITCHBOARD_CHATWOOT_ACCOUNT}, optionally {@code SWITCHBOARD_CHATWOOT_URL}.
 */
public final class ChatwootPlatformProvider implements PlatformProvider {
  private static final List<Setting> SETTINGS = List.of(
      Setting.credential("TOKEN", "api_access_token"),
      Setting.required("ACCOUNT", "the account id (a number)").ofType(Setting.Type.NUMBER),
      Setting.optional("URL", "base URL of the Chatwoot installation"),
      PlatformSettings.WIRE_LOG_SETTING);

  /** For {@link java.util.ServiceLoader}. */
  public ChatwootPlatformProvider() {}

  @Override
  public Platform platform() {
    return Platform.CHATWOOT;
  }

  @Override
  public PlatformDescription description() {
    return ChatwootDirectory.DESCRIPTION;
  }

  @Override
  public List<Setting> settings() {
    return SETTINGS;
  }

  @Override
  public AgentDirectory directory(PlatformSettings s) {
    ChatwootClient.Builder c = ChatwootClient.builder().apiAccessToken(s.required("TOKEN"));
    s.apply("URL", c::baseUrl);
    s.configure(c); // wire log, timeouts, retries, and the user's client customizers (e.g. an ObservationRegistry)
    return ChatwootDirectory.of(c.build(), s.number("ACCOUNT"));
  }
}
