package dev.switchboard.twilio;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import java.util.List;

/**
 * Plugs Twilio TaskRouter in ({@code META-INF/services}): {@code SWITCHBOARD_TWILIO_ACCOUNT_SID}
 * with {@code SWITCHBOARD_TWILIO_AUTH_TOKEN}, or with {@code SWITCHBOARD_TWILIO_API_KEY} and
 * {@code SWITCHBOARD_TWILIO_API_SECRET}; {@code SWITCHBOARD_TWILIO_WORKSPACE_SID}; optionally
 * {@code SWITCHBOARD_TWILIO_URL} and the activity of each availability
 * ({@code SWITCHBOARD_TWILIO_ONLINE_ACTIVITY}, {@code _AWAY_ACTIVITY}, {@code _OFFLINE_ACTIVITY}: a
 * name or a {@code WA...} SID; defaults in {@link TwilioActivities}).
 */
public final class TwilioPlatformProvider implements PlatformProvider {
  private static final List<Setting> SETTINGS = List.of(
      Setting.required("ACCOUNT_SID", "the Twilio account (AC...)"),
      new Setting("AUTH_TOKEN", false, true, "the account's auth token (or API_KEY and API_SECRET)"),
      new Setting("API_KEY", false, true, "an API key's SID (SK...), with API_SECRET, instead of AUTH_TOKEN"),
      new Setting("API_SECRET", false, true, "the API key's secret"),
      Setting.required("WORKSPACE_SID", "the TaskRouter workspace whose workers are managed (WS...)"),
      Setting.optional("URL", "base URL (default " + TwilioClient.DEFAULT_BASE_URL + ")"),
      Setting.optional("ONLINE_ACTIVITY", "the available activity for online, a name or WA... SID (default Available)"),
      Setting.optional("AWAY_ACTIVITY", "the unavailable activity for away, a name or WA... SID (default Unavailable)"),
      Setting.optional("OFFLINE_ACTIVITY", "the unavailable activity for offline, a name or WA... SID (default Offline)"),
      PlatformSettings.WIRE_LOG_SETTING);

  /** For {@link java.util.ServiceLoader}. */
  public TwilioPlatformProvider() {}

  @Override
  public Platform platform() {
    return TwilioDirectory.PLATFORM;
  }

  @Override
  public PlatformDescription description() {
    return TwilioDirectory.DESCRIPTION;
  }

  @Override
  public List<Setting> settings() {
    return SETTINGS;
  }

  @Override
  public AgentDirectory directory(PlatformSettings s) {
    TwilioClient.Builder c = TwilioClient.builder();
    s.apply("ACCOUNT_SID", c::accountSid);
    s.required("ACCOUNT_SID");
    if (s.has("API_KEY") || s.has("API_SECRET")) {
      String key = s.required("API_KEY");
      String secret = s.required("API_SECRET");
      c.apiKey(key, secret);
    } else if (s.has("AUTH_TOKEN")) {
      c.authToken(s.required("AUTH_TOKEN"));
    } else {
      throw s.invalid("AUTH_TOKEN", "must be set, or API_KEY and API_SECRET");
    }
    s.apply("URL", c::baseUrl);
    s.configure(c); // wire log, timeouts, retries, and the user's client customizers (e.g. an ObservationRegistry)
    TwilioActivities.Builder activities = TwilioActivities.builder();
    s.apply("ONLINE_ACTIVITY", activities::online);
    s.apply("AWAY_ACTIVITY", activities::away);
    s.apply("OFFLINE_ACTIVITY", activities::offline);
    return TwilioDirectory.of(c.build(), s.required("WORKSPACE_SID"), activities.build());
  }
}
