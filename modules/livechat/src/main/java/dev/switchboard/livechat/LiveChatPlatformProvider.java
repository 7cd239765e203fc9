package dev.switchboard.livechat;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Plugs LiveChat in ({@code META-INF/services}): {@code SWITCHBOARD_LIVECHAT_TOKEN}, optionally
 * {@code SWITCHBOARD_LIVECHAT_URL}, {@code SWITCHBOARD_LIVECHAT_API_VERSION} (3.4 or 3.1) and
 * {@code SWITCHBOARD_LIVECHAT_REGION}.
 */
public final class LiveChatPlatformProvider implements PlatformProvider {
  private static final List<Setting> SETTINGS = List.of(
      Setting.credential("TOKEN", "access token (its region prefix, e.g. fra:, picks the region)"),
      Setting.optional("URL", "base URL"),
      Setting.optional("API_VERSION", "3.4 (default) or 3.1"),
      Setting.optional("REGION", "region label, e.g. dal or fra"),
      PlatformSettings.WIRE_LOG_SETTING);

  /** For {@link java.util.ServiceLoader}. */
  public LiveChatPlatformProvider() {}

  @Override
  public Platform platform() {
    return Platform.LIVECHAT;
  }

  @Override
  public PlatformDescription description() {
    return LiveChatDirectory.DESCRIPTION;
  }

  @Override
  public List<Setting> settings() {
    return SETTINGS;
  }

  @Override
  public AgentDirectory directory(PlatformSettings s) {
    LiveChatClient.Builder c = LiveChatClient.builder().accessToken(s.required("TOKEN"));
    Optional<String> version = s.optional("API_VERSION").map(String::trim);
    if (version.isPresent()) {
      String v = version.get();
      c.apiVersion(Arrays.stream(LiveChatApiVersion.values()).filter(x -> x.number().equals(v)).findFirst()
          .orElseThrow(() -> s.invalid("API_VERSION", "must be 3.4 or 3.1, was " + v)));
    }
    s.apply("REGION", region -> c.region(region.trim()));
    s.apply("URL", c::baseUrl);
    s.wireLog(c::wireLog);
    try {
      return LiveChatDirectory.of(c.build());
    } catch (IllegalStateException e) {
      // e.g. a token without its region prefix: the message names the setting, never the token
      throw s.invalid("TOKEN", e.getMessage());
    }
  }

  /**
   * LiveChat's own request id header, read when a response carries it. Assumed, not sourced: see
   * the v3.4 spec's {@code info.x-unknowns} (specs/livechat/openapi-v3.4.yaml).
   */
  static final String REQUEST_ID_HEADER = "x-livechat-request-id";

  @Override
  public Optional<String> requestIdHeader() {
    return Optional.of(REQUEST_ID_HEADER);
  }
}
