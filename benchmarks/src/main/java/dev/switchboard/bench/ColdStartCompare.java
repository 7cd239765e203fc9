package dev.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Cold start of two builds of the benchmarks, A against B, launched interleaved so that both see
 * the same machine (run by {@code benchmarks/coldstart}).
 *
 * <p>Why it exists: ten cold starts in one run spread over about ±15% on this 2-core machine, and
 * the machine itself drifts between runs by more than that, so two runs made one after the other
 * cannot tell a 10% change from noise (BENCHMARKS.md, "Cold start, A against B"). Here every round
 * launches each contender once from each jar, in an order that alternates between rounds, and each
 * launch is compared with raw's launch of the same round from the same jar. The ratio of a round is
 * then free of what the machine did over minutes; what is left is shown as a bootstrap interval.
 *
 * <p>The jars may be of different commits; each must have a {@link ColdStartProbe} that takes
 * {@code port contender} (every commit since the benchmarks module began does).
 */
public final class ColdStartCompare {
  private static final String[] CONTENDERS = {"facade", "feign", "raw"};
  private static final int RESAMPLES = 4000;

  private ColdStartCompare() {}

  /**
   * @param args {@code port resultsFile rounds labelA classPathA labelB classPathB}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      throw new IllegalArgumentException("usage: port resultsFile rounds labelA classPathA labelB classPathB");
    }
    String port = args[0];
    Path out = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    String[] labels = {args[3], args[5]};
    String[] classPaths = {args[4], args[6]};
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    // One launch of each first, not counted: the jars' pages into the file cache.
    for (int j = 0; j < 2; j++) {
      for (String contender : CONTENDERS) {
        Scenarios.coldStartMs(java, classPaths[j], port, contender);
      }
    }
    // ms[jar][contender][round]
    double[][][] ms = new double[2][CONTENDERS.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int c = 0; c < CONTENDERS.length; c++) {
        for (int k = 0; k < 2; k++) {
          int j = (r + k) % 2; // A first on even rounds, B first on odd ones
          ms[j][c][r] = Scenarios.coldStartMs(java, classPaths[j], port, CONTENDERS[c]);
        }
      }
      System.out.printf(Locale.ROOT, "round %d/%d: %s%n", r + 1, rounds, round(ms, r, labels));
    }

    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT,
        "Cold start to the first call (process start to the first completed Bird get), %d interleaved rounds.%n%n",
        rounds));
    report.append("| build | contender | median ms | min | max | ratio to raw, median of rounds | 95% interval |\n");
    report.append("|---|---|---:|---:|---:|---:|---|\n");
    int raw = CONTENDERS.length - 1;
    Map<String, double[]> ratios = new LinkedHashMap<>();
    for (int j = 0; j < 2; j++) {
      for (int c = 0; c < CONTENDERS.length; c++) {
        double[] perRound = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          perRound[r] = ms[j][c][r] / ms[j][raw][r];
        }
        ratios.put(labels[j] + "/" + CONTENDERS[c], perRound);
        double[] interval = interval(perRound, null);
        report.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %.2f× | %.2f–%.2f |%n",
            labels[j], CONTENDERS[c], median(ms[j][c]), min(ms[j][c]), max(ms[j][c]), median(perRound),
            interval[0], interval[1]));
      }
    }
    report.append(String.format(Locale.ROOT,
        "%n| contender | %s minus %s, ratio to raw (median of rounds) | 95%% interval |%n|---|---:|---|%n",
        labels[1], labels[0]));
    for (int c = 0; c < raw; c++) {
      double[] a = ratios.get(labels[0] + "/" + CONTENDERS[c]);
      double[] b = ratios.get(labels[1] + "/" + CONTENDERS[c]);
      double[] interval = interval(b, a);
      report.append(String.format(Locale.ROOT, "| %s | %+.3f | %+.3f – %+.3f |%n",
          CONTENDERS[c], median(b) - median(a), interval[0], interval[1]));
    }
    report.append("\nThe interval is a percentile bootstrap over rounds (")
        .append(RESAMPLES).append(" resamples, fixed seed). Raw is the same code in both builds.\n");
    Files.writeString(out, report.toString());
    System.out.print(report);
  }

  private static String round(double[][][] ms, int r, String[] labels) {
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < 2; j++) {
      StringBuilder s = new StringBuilder(labels[j]);
      for (int c = 0; c < CONTENDERS.length; c++) {
        s.append(String.format(Locale.ROOT, " %s %.0f", CONTENDERS[c], ms[j][c][r]));
      }
      parts.add(s.toString());
    }
    return String.join(" | ", parts);
  }

  /**
   * The 2.5th and 97.5th percentiles of the median of {@code b} (minus the median of {@code a}
   * when given), resampling rounds with replacement.
   */
  static double[] interval(double[] b, double[] a) {
    SplittableRandom random = new SplittableRandom(20261130L);
    double[] stats = new double[RESAMPLES];
    double[] sample = new double[b.length];
    double[] other = a == null ? null : new double[a.length];
    for (int i = 0; i < RESAMPLES; i++) {
      for (int k = 0; k < b.length; k++) {
        sample[k] = b[random.nextInt(b.length)];
      }
      double stat = median(sample);
      if (other != null) {
        for (int k = 0; k < a.length; k++) {
          other[k] = a[random.nextInt(a.length)];
        }
        stat -= median(other);
      }
      stats[i] = stat;
    }
    Arrays.sort(stats);
    return new double[] {stats[(int) (RESAMPLES * 0.025)], stats[(int) (RESAMPLES * 0.975) - 1]};
  }

  /** The median, of a copy (the values keep their order); Scenarios uses it too. */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }
}
