package dev.switchboard.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The two scenarios that need fresh JVMs: paging at scale ({@link PagingProbe}, 10,000 and 100,000
 * agents, {@code -Xmx256m}) and cold start ({@link ColdStartProbe}, launched {@code runs} times per
 * contender, interleaved). Writes {@code paging.json} and {@code coldstart.json} into the results
 * folder. Child JVMs run the same {@code java} and class path as this one.
 */
public final class Scenarios {
  private static final String[] COLD_CONTENDERS = {"facade", "feign", "syncOnly", "nativePeer", "raw"};

  private Scenarios() {}

  /**
   * @param args {@code port resultsDir coldRuns}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    String port = args[0];
    Path results = Path.of(args[1]);
    int coldRuns = Integer.parseInt(args[2]);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");

    List<String> paging = new ArrayList<>();
    for (String mode : new String[] {"time", "heap"}) {
      for (int pages : new int[] {100, 1000}) {
        List<String> out = run(List.of(java, "-Xmx256m", "-cp", classPath, PagingProbe.class.getName(),
            port, Integer.toString(pages), mode), 300);
        String line = out.get(out.size() - 1);
        System.out.println("paging " + line);
        paging.add(line);
      }
    }
    Files.writeString(results.resolve("paging.json"), "[\n" + String.join(",\n", paging) + "\n]\n");

    // Cold start: round-robin so drift on the machine spreads over every contender alike.
    List<String> cold = new ArrayList<>();
    for (int i = 0; i < coldRuns; i++) {
      for (String contender : COLD_CONTENDERS) {
        cold.add(coldStart(java, classPath, port, contender));
      }
    }
    Files.writeString(results.resolve("coldstart.json"), "[\n" + String.join(",\n", cold) + "\n]\n");
    for (String contender : COLD_CONTENDERS) {
      double[] ms = cold.stream().filter(l -> l.contains("\"" + contender + "\""))
          .mapToDouble(l -> Double.parseDouble(l.replaceAll(".*\"toFirstCallMs\":([0-9.]+).*", "$1"))).sorted().toArray();
      double median = ColdStartCompare.median(ms);
      System.out.printf(Locale.ROOT, "cold start %-10s median %.0f ms (min %.0f, max %.0f) over %d runs%n",
          contender, median, ms[0], ms[ms.length - 1], ms.length);
    }
  }

  private static String coldStart(String java, String classPath, String port, String contender) throws Exception {
    long spawnMs = System.currentTimeMillis();
    Launch launch = launch(java, classPath, port, contender);
    long[] t = launch.times();
    return String.format(Locale.ROOT,
        "{\"contender\":\"%s\",\"toFirstCallMs\":%.1f,\"spawnToJvmStartMs\":%d,\"jvmStartToMainMs\":%d,\"mainToFirstCallMs\":%d}",
        contender, launch.toFirstCallMs(), t[0] - spawnMs, t[1] - t[0], t[2] - t[1]);
  }

  /**
   * One {@link ColdStartProbe} in a fresh JVM.
   *
   * @return process start to its {@code done} line, in ms
   */
  static double coldStartMs(String java, String classPath, String port, String contender) throws Exception {
    return launch(java, classPath, port, contender).toFirstCallMs();
  }

  /** Process start to {@code done}, and the probe's own {@code jvmStart main done} epoch ms. */
  private record Launch(double toFirstCallMs, long[] times) {}

  private static Launch launch(String java, String classPath, String port, String contender) throws Exception {
    long spawn = System.nanoTime();
    Process p = new ProcessBuilder(java, "-cp", classPath, ColdStartProbe.class.getName(), port, contender)
        .redirectErrorStream(true).start();
    double toFirstCall = -1;
    String times = null;
    List<String> seen = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.equals("done") && toFirstCall < 0) {
          toFirstCall = (System.nanoTime() - spawn) / 1e6;
        } else if (line.startsWith("times ")) {
          times = line;
        } else {
          seen.add(line);
        }
      }
    }
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || toFirstCall < 0 || times == null) {
      p.destroyForcibly();
      throw new IllegalStateException("cold start of " + contender + " failed: " + seen);
    }
    return new Launch(toFirstCall, Arrays.stream(times.substring(6).split(" ")).mapToLong(Long::parseLong).toArray());
  }

  private static List<String> run(List<String> command, long timeoutSeconds) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0 || lines.isEmpty()) {
      p.destroyForcibly();
      throw new IllegalStateException(command + " failed: " + lines);
    }
    return lines;
  }
}
