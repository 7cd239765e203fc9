package dev.switchboard.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.runtime.testing.FaultServer;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is an optional dependency of the runtime: a client must load, build and call without
 * it. The test's own classpath, less every Micrometer jar, in a fresh class loader.
 */
class NoMicrometerTest {

  /** Runs inside the class loader without Micrometer. */
  public static final class Probe {
    /**
     * @param baseUrl the server
     * @return what the call answered, and whether Micrometer could be loaded
     */
    public static String call(String baseUrl) {
      boolean micrometer;
      try {
        Class.forName("io.micrometer.observation.ObservationRegistry");
        micrometer = true;
      } catch (ClassNotFoundException e) {
        micrometer = false;
      }
      Map<String, Object> answer = new TestClientBuilder(baseUrl).retryPolicy(RetryPolicy.none()).build().get("t1");
      return answer.get("id") + " micrometer=" + micrometer;
    }
  }

  @Test
  void aClientBuildsAndCallsWithoutMicrometer() throws Exception {
    List<URL> urls = new ArrayList<>();
    int removed = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("micrometer")) {
        removed++;
        continue;
      }
      urls.add(new File(entry).toURI().toURL());
    }
    assertThat(removed).as("Micrometer jars on the test classpath, left out").isPositive();
    try (FaultServer server = new FaultServer();
        URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      String base = server.route("nomicrometer", FaultServer.status(200, Map.of(), "{\"id\":\"t1\"}"));
      Object answer = Class.forName(Probe.class.getName(), true, loader).getMethod("call", String.class).invoke(null, base);
      assertThat(answer).isEqualTo("t1 micrometer=false");
    }
  }
}
