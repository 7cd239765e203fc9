package dev.switchboard.facade;

import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.runtime.http.ClientBuilder;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 *
 * <p>Or every installed platform (each platform's module on the classpath, found by
 * {@link java.util.ServiceLoader}) whose credentials the environment holds:
 * {@code Switchboard.builder().addInstalled(Settings.environment()).build()}.
 */
public final class Switchboard {
  private final Map<Platform, AgentDirectory> directories;

  private Switchboard(Map<Platform, AgentDirectory> directories) {
    this.directories = Collections.unmodifiableMap(new LinkedHashMap<>(directories));
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
   * @return every configured directory, in the order added
   */
  public Collection<AgentDirectory> directories() {
    return directories.values();
  }

  /** Builds a {@link Switchboard}. */
  public static final class Builder {
    private final Map<Platform, AgentDirectory> directories = new LinkedHashMap<>();
    private final java.util.List<java.util.function.Consumer<ClientBuilder<?>>> customizers = new java.util.ArrayList<>();

    private Builder() {}

    /**
     * A step every platform's client builder goes through when {@link #addInstalled} builds it,
     * e.g. {@code b -> b.observationRegistry(registry)} so every platform reports to one
     * Micrometer registry ({@link Settings#withClientCustomizer}). Applies to the
     * {@code addInstalled} calls after it, not to directories added ready-made.
     *
     * @param customizer what to do to each platform's client builder
     * @return this
     */
    public Builder customizeClients(java.util.function.Consumer<ClientBuilder<?>> customizer) {
      customizers.add(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

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
     * Adds every installed platform ({@link Platforms#installed()}) that the settings configure
     * (its credential is set), in classpath order; the others are left out.
     *
     * @param settings the configuration, e.g. {@link Settings#environment()}
     * @return this
     * @throws dev.switchboard.facade.spi.SettingsException naming the key, if a configured
     *     platform's settings are incomplete or wrong
     */
    public Builder addInstalled(Settings settings) {
      Objects.requireNonNull(settings, "settings");
      for (java.util.function.Consumer<ClientBuilder<?>> c : customizers) {
        settings = settings.withClientCustomizer(c);
      }
      for (PlatformProvider provider : Platforms.installed()) {
        PlatformSettings s = settings.forPlatform(provider.platform());
        if (provider.configured(s)) {
          add(provider.directory(s));
        }
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
