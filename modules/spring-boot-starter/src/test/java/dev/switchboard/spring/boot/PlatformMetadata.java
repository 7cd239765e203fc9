package dev.switchboard.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformProvider.Setting;

/**
 * A platform's Spring Boot configuration metadata ({@code META-INF/spring-configuration-metadata.json}
 * in its jar) as its provider's settings describe it: one group {@code switchboard.<id>}, one
 * property per setting the starter binds ({@link PlatformProperties#settings}), named and typed as
 * the starter binds it, described by the setting's own description, secrets and required ones said so.
 * {@link PlatformMetadataTest} holds each platform's committed file to exactly this.
 */
final class PlatformMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlatformMetadata() {}

  static ObjectNode of(PlatformProvider provider) {
    String id = provider.platform().id();
    String source = provider.getClass().getName();
    ObjectNode root = JSON.createObjectNode();
    Setting credential = provider.settings().stream().filter(Setting::credential).findFirst().orElse(null);
    root.putArray("groups").addObject()
        .put("name", "switchboard." + id)
        .put("sourceType", source)
        .put("description", "The " + id + " platform" + (credential == null ? "." : ": configured when "
            + PlatformProperties.property(provider.platform(), credential.name()) + " is set."));
    ArrayNode properties = root.putArray("properties");
    for (Setting s : PlatformProperties.settings(provider)) {
      properties.addObject()
          .put("name", PlatformProperties.property(provider.platform(), s.name()))
          .put("type", PlatformProperties.javaType(s.type()).getName())
          .put("description", description(s, id))
          .put("sourceType", source);
    }
    return root;
  }

  /**
   * The setting's own words as a sentence. A first word that is a header or field name
   * ({@code x-toy-key}, {@code api_access_token}) or the platform's own name ({@code bcrumbs})
   * keeps its case.
   */
  private static String description(Setting s, String id) {
    String text = s.description().strip();
    if (text.matches("[a-z]+( .*)?") && !text.startsWith(id + " ")) {
      text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    if (s.credential()) {
      return text + ": a secret; setting it configures " + id + ".";
    }
    return s.required() ? text + "; required when " + id + " is configured." : text + ".";
  }

  static String text(ObjectNode metadata) throws Exception {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(metadata) + "\n";
  }
}
