package dev.switchboard.facade;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Several platforms' directories under one roof.
 *
 * <pre>{@code
 * Switchboard switchboard = Switchboard.builder()
 *     .add(BirdDirectory.of(BirdClient.builder().accessKey(birdKey).build(), "workspace-id"))
 *     .add(ChatwootDirectory.of(ChatwootClient.builder().apiAccessToken(token).build(), 42))
 *     .build();
 * switchboard.directory(Platform.BIRD).list().forEach(System.out::println);
 * switchboard.directories().forEach(d -> d.create(NewAgent.named("Ann").email("ann@example.com").build()));
 * }</pre>
 */
public final class Switchboard {
  private final Map<Platform, AgentDirectory> directories;

  private Switchboard(Map<Platform, AgentDirectory> directories) {
    this.directories = Collections.unmodifiableMap(new EnumMap<>(directories));
  }

  /**
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param platform a platform
   * @return its directory
   * @throws IllegalArgumentException if that platform is not configured
   */
  public AgentDirectory directory(Platform platform) {
    AgentDirectory d = directories.get(Objects.requireNonNull(platform, "platform"));
    if (d == null) {
      throw new IllegalArgumentException(platform.id() + " is not configured; configured: " + directories.keySet());
    }
    return d;
  }

  /**
   * @param platform a platform
   * @return its directory, if configured
   */
  public Optional<AgentDirectory> find(Platform platform) {
    return Optional.ofNullable(directories.get(platform));
  }

  /**
   * @return every configured directory, in {@link Platform} order
   */
  public Collection<AgentDirectory> directories() {
    return directories.values();
  }

  /** Builds a {@link Switchboard}. */
  public static final class Builder {
    private final Map<Platform, AgentDirectory> directories = new EnumMap<>(Platform.class);

    private Builder() {}

    /**
     * @param directory a platform's directory; one per platform
     * @return this
     */
    public Builder add(AgentDirectory directory) {
      Objects.requireNonNull(directory, "directory");
      if (directories.putIfAbsent(directory.platform(), directory) != null) {
        throw new IllegalArgumentException(directory.platform().id() + " is already configured");
      }
      return this;
    }

    /**
     * @return the switchboard
     */
    public Switchboard build() {
      return new Switchboard(directories);
    }
  }
}
