package dev.switchboard.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What Maven Central and JPMS users need of every published jar, checked on the jars this build
 * just made (consumer-tests builds after all of them).
 */
class PublishedArtifactsTest {
  @ParameterizedTest
  @CsvSource({
      "modules/runtime, switchboard-runtime, runtime",
      "modules/facade-api, switchboard-facade-api, facade.api",
      "modules/chatwoot, switchboard-chatwoot, chatwoot",
      "modules/bird, switchboard-bird, bird",
      "modules/chatcaptain, switchboard-chatcaptain, chatcaptain",
      "modules/livechat, switchboard-livechat, livechat",
      "modules/bcrumbs, switchboard-bcrumbs, bcrumbs",
      "modules/intercom, switchboard-intercom, intercom",
      "modules/twilio, switchboard-twilio, twilio",
      "modules/facade, switchboard-facade, facade",
      "modules/sandbox, switchboard-sandbox, sandbox",
      "modules/chatwoot-sandbox, switchboard-chatwoot-sandbox, chatwoot.sandbox",
      "modules/bird-sandbox, switchboard-bird-sandbox, bird.sandbox",
      "modules/chatcaptain-sandbox, switchboard-chatcaptain-sandbox, chatcaptain.sandbox",
      "modules/livechat-sandbox, switchboard-livechat-sandbox, livechat.sandbox",
      "modules/bcrumbs-sandbox, switchboard-bcrumbs-sandbox, bcrumbs.sandbox",
      "modules/intercom-sandbox, switchboard-intercom-sandbox, intercom.sandbox",
      "modules/twilio-sandbox, switchboard-twilio-sandbox, twilio.sandbox",
      "modules/sandbox-fakes, switchboard-sandbox-fakes, sandbox.fakes",
      "modules/sandbox-junit, switchboard-sandbox-junit, sandbox.junit"})
  void jarHasAModuleNameSourcesAndJavadoc(String dir, String artifactId, String module) throws IOException {
    Path target = Repo.ROOT.resolve(dir).resolve("target");
    String base = artifactId + "-" + Repo.version();
    Path jar = target.resolve(base + ".jar");
    assertThat(jar).exists();
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("dev.switchboard." + module);
    }
    for (String classifier : List.of("sources", "javadoc")) {
      Path attached = target.resolve(base + "-" + classifier + ".jar");
      assertThat(attached).as(classifier + " jar").exists();
      try (JarFile file = new JarFile(attached.toFile())) {
        assertThat(file.stream().anyMatch(e -> e.getName().startsWith("dev/switchboard/")))
            .as(classifier + " jar holds our packages").isTrue();
      }
    }
    assertThat(Files.size(jar)).isPositive();
  }
}
