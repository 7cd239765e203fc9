package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.bcrumbs.BcrumbsDirectory;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.chatcaptain.ChatCaptainDirectory;
import dev.switchboard.chatwoot.ChatwootDirectory;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.facade.spi.SettingsException;
import dev.switchboard.livechat.LiveChatDirectory;
import dev.switchboard.facade.bundle.BundledPlatforms;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The all-platforms artifact: every platform it promises is found by ServiceLoader and builds from settings. */
class InstalledPlatformsTest {
  @Test
  void everyBundledPlatformIsInstalledInDependencyOrder() {
    assertThat(BundledPlatforms.platforms()).containsExactly(Platform.CHATWOOT, Platform.BIRD, Platform.CHATCAPTAIN,
        Platform.LIVECHAT, Platform.BCRUMBS, Platform.of("intercom"), Platform.of("twilio"));
    assertThat(Platforms.installed().stream().map(PlatformProvider::platform).collect(Collectors.toList()))
        .containsExactlyElementsOf(BundledPlatforms.platforms());
    BundledPlatforms.verifyInstalled();
  }

  @Test
  void eachProviderPublishesTheDescriptionItsDirectoryPublishes() {
    Map<Platform, PlatformDescription> byDirectory = CapabilityTableTest.allDirectories("http://127.0.0.1:9").stream()
        .collect(Collectors.toMap(AgentDirectory::platform, AgentDirectory::description));
    for (PlatformProvider p : Platforms.installed()) {
      assertThat(byDirectory.get(p.platform())).as(p.platform().id()).isSameAs(p.description());
    }
    assertThat(ChatwootDirectory.DESCRIPTION.matchKey()).isEqualTo(PlatformDescription.MatchKey.EMAIL);
    assertThat(BcrumbsDirectory.DESCRIPTION.requiredToCreate()).containsExactly("name", "email", "userId");
    assertThat(BirdDirectory.DESCRIPTION.createSetsAvailability()).isFalse();
    assertThat(LiveChatDirectory.DESCRIPTION.createSetsAvailability()).isTrue();
    assertThat(ChatCaptainDirectory.DESCRIPTION.rename()).isEqualTo(PlatformDescription.Rename.UNSUPPORTED);
    // Only Chatwoot's number is known (from its own source); every other limit says it is unknown,
    // with where it looked.
    Platforms.installed().forEach(p -> assertThat(p.description().rateLimit().known())
        .as(p.platform().id()).isEqualTo(p.platform().id().equals("chatwoot")));
    assertThat(ChatwootDirectory.DESCRIPTION.rateLimit().perSecond()).isEqualTo(50.0);
    assertThat(BirdDirectory.DESCRIPTION.pageSize().max()).isEqualTo(100);
    assertThat(ChatwootDirectory.DESCRIPTION.roles()).containsExactlyInAnyOrder("agent", "administrator");
    assertThat(Platforms.find("livechat").orElseThrow().requestIdHeader()).contains("x-livechat-request-id");
  }

  @Test
  void addInstalledBuildsOnlyTheConfiguredPlatformsAndNamesMissingKeys() {
    Switchboard sb = Switchboard.builder().addInstalled(Settings.of(Map.of(
        "SWITCHBOARD_BIRD_ACCESS_KEY", "k", "SWITCHBOARD_BIRD_WORKSPACE", "w", "SWITCHBOARD_BIRD_URL", "http://127.0.0.1:9",
        "SWITCHBOARD_BCRUMBS_API_KEY", "k", "SWITCHBOARD_BCRUMBS_WORKSPACE", "12"))).build();
    assertThat(sb.directories().stream().map(AgentDirectory::platform)).containsExactly(Platform.BIRD, Platform.BCRUMBS);
    assertThat(sb.directory(Platform.BIRD)).isInstanceOf(BirdDirectory.class);

    assertThatThrownBy(() -> Switchboard.builder().addInstalled(Settings.of(Map.of("SWITCHBOARD_CHATWOOT_TOKEN", "s3cret"))))
        .isInstanceOf(SettingsException.class).hasMessage("SWITCHBOARD_CHATWOOT_ACCOUNT must be set too");
    assertThatThrownBy(() -> Switchboard.builder().addInstalled(Settings.of(Map.of(
        "SWITCHBOARD_LIVECHAT_TOKEN", "s3cret", "SWITCHBOARD_LIVECHAT_API_VERSION", "2"))))
        .isInstanceOf(SettingsException.class).hasMessage("SWITCHBOARD_LIVECHAT_API_VERSION: must be 3.4 or 3.1, was 2")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> Switchboard.builder().addInstalled(Settings.of(Map.of(
        "SWITCHBOARD_BIRD_ACCESS_KEY", "k", "SWITCHBOARD_BIRD_WORKSPACE", "w", "SWITCHBOARD_BIRD_URL", "not a url"))))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("SWITCHBOARD_BIRD_URL: ");
  }
}
