package dev.switchboard.sandbox;

import dev.switchboard.sandbox.spi.FakeProvider;
import java.util.concurrent.CountDownLatch;

/** Runs the sandbox as a standalone server: {@code java -cp ... dev.switchboard.sandbox.SandboxMain --port 8080 [--empty]}. */
public final class SandboxMain {
  private SandboxMain() {}

  /**
   * @param args {@code --port N} (default 8080), {@code --empty} to skip the demo data,
   *     {@code --latency 100ms} and {@code --rate 50/s} per platform (see {@link Sandbox#simulate})
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    int port = 8080;
    boolean demo = true;
    java.time.Duration latency = java.time.Duration.ZERO;
    double rate = Double.POSITIVE_INFINITY;
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--port") && i + 1 < args.length) {
          port = Integer.parseInt(args[++i]);
        } else if (args[i].equals("--empty")) {
          demo = false;
        } else if (args[i].equals("--latency") && i + 1 < args.length) {
          latency = Rates.latency(args[++i]);
        } else if (args[i].equals("--rate") && i + 1 < args.length) {
          rate = Rates.perSecond(args[++i]);
        } else {
          throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: SandboxMain [--port N] [--empty] [--latency 100ms] [--rate 50/s]");
      System.exit(2);
    }
    Sandbox sandbox = Sandbox.start(port);
    if (demo) {
      sandbox.seedDemoData();
    }
    sandbox.simulate(latency, rate);
    // The sandbox's keys are fixed, public test values (not secrets): printing them is what lets
    // another program, in any language, call the sandbox.
    System.out.println("Switchboard sandbox on 127.0.0.1:" + sandbox.port() + (demo ? " with demo data" : ""));
    System.out.printf("%-12s %-60s %s%n", "PLATFORM", "BASE URL", "CREDENTIAL AND IDS");
    for (FakeProvider p : Sandbox.installed()) {
      System.out.printf("%-12s %-60s %s%n", p.id(), sandbox.baseUrl(p.id()), p.describe(sandbox.credential(p.id())));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
    new CountDownLatch(1).await();
  }
}
