package dev.switchboard.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The standalone jar in its own JVM, as a user runs it; its stderr goes to a file the test reads. */
final class JarProcess implements AutoCloseable {
  static final Path JAR = Paths.get(System.getProperty("switchboard.sandbox.jar", "target/switchboard-sandbox.jar"));

  final Process process;
  final int port;
  final Path stderr;

  private JarProcess(Process process, int port, Path stderr) {
    this.process = process;
    this.port = port;
    this.stderr = stderr;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /**
   * Starts the jar and waits (30 s at most) for its banner's Chatwoot row.
   *
   * @param jvm JVM options, e.g. {@code -Xmx256m}
   * @param args the sandbox's options; {@code --port} is added
   */
  static JarProcess start(Path dir, List<String> jvm, String... args) throws Exception {
    int port = freePort();
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-jar", JAR.toString(), "--port", String.valueOf(port)));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "sandbox-stderr", ".txt");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    awaitBanner(p, () -> Files.readString(err));
    return new JarProcess(p, port, err);
  }

  /** What a process wrote elsewhere, for a failure message. */
  interface Extra {
    String text() throws IOException;
  }

  /**
   * Reads a started sandbox's standard output (to its end, on a daemon thread, so a full pipe never
   * blocks the server) until its banner shows Chatwoot's row, the platform the tests call. Within
   * 30 s, or the process is stopped and the test fails with what it printed, and whether it was
   * still running: a banner that never comes must not hang the build.
   *
   * @param extra more output for the failure message (its stderr), or text of nothing
   */
  static void awaitBanner(Process p, Extra extra) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
        .lines().forEach(lines::add));
    reader.setDaemon(true);
    reader.start();
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && (p.isAlive() || !lines.isEmpty())) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null) {
        seen.append(line).append('\n');
        if (line.startsWith("chatwoot ")) {
          return;
        }
      }
    }
    boolean alive = p.isAlive();
    p.destroyForcibly();
    throw new AssertionError("the sandbox did not show Chatwoot's row within 30 s ("
        + (alive ? "still running" : "exited " + p.waitFor()) + "): " + seen + extra.text());
  }

  String stderrText() throws IOException {
    return Files.readString(stderr);
  }

  /** {@code kill -9}: no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
