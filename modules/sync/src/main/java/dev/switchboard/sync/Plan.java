package dev.switchboard.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.switchboard.facade.Platform;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes that make each platform match a roster, as {@link SyncEngine#plan(Roster)} found them:
 * per platform the actions, the notes, the drift it cannot fix and a fingerprint of what it read.
 * Immutable; {@link #toJson()} and {@link #fromJson(String)} carry it to a later
 * {@link SyncEngine#apply(Plan, ApplyOptions)}, even in another process.
 *
 * @param formatVersion the JSON format's version ({@value #FORMAT_VERSION})
 * @param createdAt when it was planned (ISO-8601)
 * @param roster where the roster came from
 * @param platforms one entry per platform, in the roster's order
 */
public record Plan(int formatVersion, String createdAt, String roster, List<PlatformPlan> platforms) {
  /** The JSON format this library writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule("switchboard-plan")
          .addSerializer(Platform.class, new JsonSerializer<>() {
            @Override
            public void serialize(Platform p, JsonGenerator g, SerializerProvider s) throws IOException {
              g.writeString(p.id());
            }
          })
          .addDeserializer(Platform.class, new JsonDeserializer<>() {
            @Override
            public Platform deserialize(JsonParser p, DeserializationContext c) throws IOException {
              return Platform.of(p.getValueAsString());
            }
          }))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * @param formatVersion the format version
   * @param createdAt when planned
   * @param roster the roster's source
   * @param platforms per platform
   */
  public Plan {
    Objects.requireNonNull(createdAt, "createdAt");
    platforms = List.copyOf(platforms);
  }

  /**
   * @param platform a platform
   * @return its part of the plan, if the roster manages it
   */
  public Optional<PlatformPlan> platform(Platform platform) {
    return platforms.stream().filter(p -> p.platform().equals(platform)).findFirst();
  }

  /**
   * @return how many actions the plan has on all platforms
   */
  public int actionCount() {
    return platforms.stream().mapToInt(p -> p.actions().size()).sum();
  }

  /**
   * @param type an action type
   * @return how many actions of that type the plan has on all platforms
   */
  public int count(ActionType type) {
    return platforms.stream().mapToInt(p -> p.count(type)).sum();
  }

  /**
   * @return whether nothing needs to change anywhere (drift and notes aside) and every platform was read
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return actionCount() == 0 && platforms.stream().allMatch(p -> p.error() == null);
  }

  /**
   * @return the plan as JSON (no secrets: platform ids, agent names, emails and ids only)
   */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a plan could not be written as JSON", e);
    }
  }

  /**
   * @param json what {@link #toJson()} wrote
   * @return the plan
   * @throws IllegalArgumentException if it is not a plan of this format
   */
  public static Plan fromJson(String json) {
    Plan plan;
    try {
      plan = JSON.readValue(json, Plan.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a Switchboard plan: " + e.getOriginalMessage(), e);
    }
    if (plan.formatVersion() != FORMAT_VERSION) {
      throw new IllegalArgumentException("plan format " + plan.formatVersion() + " is not supported (this version reads "
          + FORMAT_VERSION + "); plan again");
    }
    return plan;
  }
}
