package dev.switchboard.sandbox.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The all-fakes artifact: every fake it promises is found by ServiceLoader, in dependency order, and no other. */
class BundledFakesTest {
  @Test
  void everyBundledFakeIsInstalledInDependencyOrder() {
    assertThat(BundledFakes.platforms()).containsExactly("chatwoot", "bird", "chatcaptain", "livechat", "bcrumbs", "intercom", "twilio");
    assertThat(Sandbox.installed().stream().map(FakeProvider::id).collect(Collectors.toList()))
        .containsExactlyElementsOf(BundledFakes.platforms());
    BundledFakes.verifyInstalled();
  }
}
