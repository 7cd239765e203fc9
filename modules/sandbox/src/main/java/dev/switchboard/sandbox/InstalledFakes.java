package dev.switchboard.sandbox;

import dev.switchboard.sandbox.spi.FakeProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** {@link Sandbox#installed()}: the fakes {@link ServiceLoader} finds, one per platform id. */
final class InstalledFakes {
  private InstalledFakes() {}

  static List<FakeProvider> find() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    List<FakeProvider> found = load(context);
    if (found.isEmpty() && context != InstalledFakes.class.getClassLoader()) {
      found = load(InstalledFakes.class.getClassLoader());
    }
    return found;
  }

  private static List<FakeProvider> load(ClassLoader loader) {
    Map<String, FakeProvider> byId = new LinkedHashMap<>();
    for (FakeProvider p : ServiceLoader.load(FakeProvider.class, loader)) {
      FakeProvider other = byId.putIfAbsent(p.id(), p);
      if (other != null && other.getClass() != p.getClass()) {
        throw new IllegalStateException("two sandbox fakes for platform " + p.id() + ": " + other.getClass().getName()
            + " and " + p.getClass().getName());
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(byId.values()));
  }
}
