package dev.switchboard.facade.spi;

import dev.switchboard.facade.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The platforms installed on the classpath: every {@link PlatformProvider} that
 * {@link ServiceLoader} finds, in classpath order (the order of the application's dependencies).
 */
public final class Platforms {
  private Platforms() {}

  /**
   * Looks the providers up (with the thread's context class loader, else this library's).
   *
   * @return every installed provider, one per platform, in classpath order
   * @throws IllegalStateException if two providers claim the same platform
   */
  public static List<PlatformProvider> installed() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    List<PlatformProvider> found = load(context);
    if (found.isEmpty() && context != PlatformProvider.class.getClassLoader()) {
      found = load(PlatformProvider.class.getClassLoader());
    }
    return found;
  }

  private static List<PlatformProvider> load(ClassLoader loader) {
    Map<Platform, PlatformProvider> byPlatform = new LinkedHashMap<>();
    for (PlatformProvider p : ServiceLoader.load(PlatformProvider.class, loader)) {
      PlatformProvider other = byPlatform.putIfAbsent(p.platform(), p);
      if (other != null && other.getClass() != p.getClass()) {
        throw new IllegalStateException("two providers for platform " + p.platform().id() + ": "
            + other.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(byPlatform.values()));
  }

  /**
   * @param id a platform id
   * @return its provider, if installed
   */
  public static Optional<PlatformProvider> find(String id) {
    return installed().stream().filter(p -> p.platform().id().equals(id)).findFirst();
  }
}
