package dev.switchboard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Each platform Switchboard ships carries, in its own jar, the configuration metadata of its
 * {@code switchboard.<id>.*} properties, and it is exactly what its provider's settings describe
 * ({@link PlatformMetadata}): a setting added, renamed or reworded without the file fails here. The
 * expected file is written to {@code target/spring-configuration-metadata/<id>.json} to copy.
 */
class PlatformMetadataTest {
  private static final String FILE = "META-INF/spring-configuration-metadata.json";

  /** The platforms the all-platforms artifact bundles (switchboard-facade's own list). */
  private static List<String> shipped() throws Exception {
    Properties p = new Properties();
    try (InputStream in = PlatformMetadataTest.class.getClassLoader().getResourceAsStream("META-INF/switchboard-facade.properties")) {
      p.load(in);
    }
    return Arrays.stream(p.getProperty("platforms").split(",")).map(String::strip).toList();
  }

  @Test
  void eachShippedPlatformsJarDescribesExactlyItsSettings() throws Exception {
    List<String> drifted = new ArrayList<>();
    List<String> ids = shipped();
    assertThat(ids).hasSize(7);
    for (String id : ids) {
      PlatformProvider provider = Platforms.find(id).orElseThrow();
      ObjectNode expected = PlatformMetadata.of(provider);
      JsonNode actual = read(provider);
      if (!expected.equals(actual)) {
        Path out = Path.of("target", "spring-configuration-metadata", id + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, PlatformMetadata.text(expected));
        drifted.add(id + " (expected in " + out.toAbsolutePath() + ", to copy to modules/" + id + "/src/main/resources/" + FILE + ")");
      }
    }
    if (!drifted.isEmpty()) {
      fail("configuration metadata differs from the provider's settings: " + String.join("; ", drifted));
    }
  }

  @Test
  void anyProviderIsDescribedTheSameWay() {
    // The toy platform, which ships no metadata: what its author would commit.
    ObjectNode toy = PlatformMetadata.of(Platforms.find("toy").orElseThrow());
    assertThat(toy.get("properties").findValuesAsText("name")).startsWith("switchboard.toy.key", "switchboard.toy.url")
        .contains("switchboard.toy.wire-log", "switchboard.toy.call-timeout", "switchboard.toy.retry.max-attempts");
    assertThat(toy.get("properties").get(0).get("description").asText()).isEqualTo("x-toy-key: a secret; setting it configures toy.");
    assertThat(toy.get("groups").get(0).get("description").asText())
        .isEqualTo("The toy platform: configured when switchboard.toy.key is set.");
    assertThat(PlatformMetadata.of(Platforms.find("bird").orElseThrow()).get("properties").findValuesAsText("type"))
        .contains("java.lang.String", "java.time.Duration", "java.lang.Long");
  }

  /** The file in the provider's own jar (or classes directory), not any jar's. */
  private static JsonNode read(PlatformProvider provider) throws Exception {
    URL source = provider.getClass().getProtectionDomain().getCodeSource().getLocation();
    URL file = source.getPath().endsWith(".jar") ? new URL("jar:" + source + "!/" + FILE) : new URL(source, FILE);
    try (InputStream in = file.openStream()) {
      return new ObjectMapper().readTree(in);
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
