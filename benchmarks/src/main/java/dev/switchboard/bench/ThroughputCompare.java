package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Throughput of two builds of the benchmarks, A against B, run interleaved so that both see the
 * same machine (run by {@code benchmarks/compare}); the throughput twin of {@link ColdStartCompare}.
 *
 * <p>Why it exists: one {@code benchmarks/run} on a busy 2-core machine measured bcrumbs list at 16
 * callers at 0.74× raw where a quiet run showed 1.29×, so one run cannot tell the code from the
 * machine. Here every round runs JMH (throughput mode, one fork) once per jar and calling-thread
 * count, in an order that alternates between rounds, and every contender is divided by raw of the
 * same JMH run: a ratio that the machine's drift over minutes cancels out of. The difference of the
 * builds' ratios gets a bootstrap interval over rounds.
 */
public final class ThroughputCompare {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ThroughputCompare() {}

  /**
   * @param args {@code port resultsDir rounds "threads..." filter iterations labelA jarA labelB jarB};
   *     {@code iterations} is JMH's own, e.g. {@code "-wi 1 -w 2s -i 2 -r 2s"}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 10) {
      throw new IllegalArgumentException(
          "usage: port resultsDir rounds \"threads...\" filter \"jmh iterations\" labelA jarA labelB jarB");
    }
    String port = args[0];
    Path dir = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    String[] threads = args[3].trim().split("\\s+");
    String filter = args[4];
    String[] iterations = args[5].trim().split("\\s+");
    String[] labels = {args[6], args[8]};
    String[] jars = {args[7], args[9]};
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    // ratios.get("BirdGet.facade t16")[jar][round] = contender calls/s over raw's in the same JMH run;
    // NaN where that run has no figure for the contender or for raw (a benchmark that failed inside
    // JMH, which still exits 0): such a round is left out of that row and named, never counted as 0.
    Map<String, double[][]> ratios = new TreeMap<>();
    // -Dcompare.reportOnly=true: the JMH results are already in dir; only the report is made again.
    boolean reportOnly = Boolean.getBoolean("compare.reportOnly");
    for (int r = 0; r < rounds; r++) {
      for (String t : threads) {
        for (int k = 0; k < 2; k++) {
          int j = (r + k) % 2; // A first on even rounds, B first on odd ones
          Path json = dir.resolve(String.format(Locale.ROOT, "r%02d-t%s-%s.json", r + 1, t, labels[j]));
          if (!reportOnly) {
            runJmh(java, jars[j], filter, iterations, t, port, json, dir.resolve("jmh.log"));
          }
          for (Map.Entry<String, Double> e : ratiosToRaw(json).entrySet()) {
            ratios.computeIfAbsent(e.getKey() + " t" + t, x -> nanRounds(rounds))[j][r] = e.getValue();
          }
        }
      }
      if (!reportOnly) {
        System.out.printf(Locale.ROOT, "round %d/%d done%n", r + 1, rounds);
      }
    }

    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "Throughput against raw (calls/s ÷ raw's calls/s in the same JMH run), %d interleaved rounds, "
            + "JMH %s, one fork.%n%n", rounds, String.join(" ", iterations)));
    report.append(String.format(Locale.ROOT,
        "| benchmark | callers | %s ratio (median) | 95%% interval | %s ratio (median) | 95%% interval "
            + "| %s minus %s | 95%% interval | rounds A / B |%n|---|---:|---:|---|---:|---|---:|---|---|%n",
        labels[0], labels[1], labels[1], labels[0]));
    List<String> missing = new ArrayList<>();
    ratios.forEach((key, byJar) -> {
      String[] parts = key.split(" t");
      double[] inA = present(byJar[0]);
      double[] inB = present(byJar[1]);
      for (int j = 0; j < 2; j++) {
        for (int r = 0; r < rounds; r++) {
          if (Double.isNaN(byJar[j][r])) {
            missing.add(String.format(Locale.ROOT, "round %d, %s, %s at %s caller(s)", r + 1, labels[j], parts[0], parts[1]));
          }
        }
      }
      if (inA.length == 0 || inB.length == 0) {
        report.append(String.format(Locale.ROOT, "| %s | %s | no figure in any round of one build | | | | | | %d / %d |%n",
            parts[0], parts[1], inA.length, inB.length));
        return;
      }
      double[] a = ColdStartCompare.interval(inA, null);
      double[] b = ColdStartCompare.interval(inB, null);
      double[] d = ColdStartCompare.interval(inB, inA);
      report.append(String.format(Locale.ROOT, "| %s | %s | %.2f× | %.2f–%.2f | %.2f× | %.2f–%.2f | %+.3f | %+.3f – %+.3f | %d / %d |%n",
          parts[0], parts[1], ColdStartCompare.median(inA), a[0], a[1], ColdStartCompare.median(inB), b[0], b[1],
          ColdStartCompare.median(inB) - ColdStartCompare.median(inA), d[0], d[1], inA.length, inB.length));
    });
    if (!missing.isEmpty()) {
      report.append("\nLeft out, because the JMH run has no figure for the contender or for raw (a benchmark failed;"
          + " see jmh.log): ").append(String.join("; ", missing)).append(".\n");
    }
    report.append("\nAn interval of the difference that holds 0 means this run cannot tell the builds apart; "
        + "the intervals are percentile bootstraps over rounds (fixed seed), as in the cold-start comparison.\n");
    if (rounds < 5) {
      report.append("With ").append(rounds).append(" round(s) the intervals say nothing: this run only tried the tool.\n");
    }
    Files.writeString(dir.resolve("compare.md"), report.toString());
    System.out.print(report);
  }

  private static double[][] nanRounds(int rounds) {
    double[][] out = new double[2][rounds];
    for (double[] row : out) {
      Arrays.fill(row, Double.NaN);
    }
    return out;
  }

  /** The rounds that have a figure. */
  static double[] present(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }

  private static void runJmh(String java, String jar, String filter, String[] iterations, String threads, String port,
      Path json, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar, filter, "-f", "1"));
    command.addAll(List.of(iterations));
    // Above one caller each contender first runs alone (States.warmUp), as in benchmarks/run: with
    // 16 callers on 2 cores the JIT's threads starve in JMH's own warm-up.
    String setup = Integer.parseInt(threads) > 1 ? " -Dbench.setupWarmup=PT2S" : "";
    command.addAll(List.of("-bm", "thrpt", "-tu", "s", "-t", threads,
        "-jvmArgsAppend", "-Dbench.port=" + port + " -Xms1g -Xmx1g" + setup, "-rf", "json", "-rff", json.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (p.waitFor() != 0 || !Files.isRegularFile(json)) {
      throw new IllegalStateException("JMH failed for " + jar + " at " + threads + " thread(s); see " + log);
    }
  }

  /**
   * @return each non-raw contender's score over raw's, by {@code Group.contender}, from one JMH result
   */
  static Map<String, Double> ratiosToRaw(Path json) throws IOException {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (JsonNode b : JSON.readTree(json.toFile())) {
      String name = b.get("benchmark").asText();
      String[] parts = name.split("\\.");
      scores.put(parts[parts.length - 2] + "." + parts[parts.length - 1], b.get("primaryMetric").get("score").asDouble());
    }
    Map<String, Double> out = new LinkedHashMap<>();
    scores.forEach((key, score) -> {
      String group = key.substring(0, key.indexOf('.'));
      Double raw = scores.get(group + ".raw");
      if (!key.endsWith(".raw") && raw != null && raw > 0) {
        out.put(key, score / raw);
      }
    });
    if (out.isEmpty()) {
      throw new IllegalStateException(json + " has no contender beside a raw baseline");
    }
    return out;
  }
}
