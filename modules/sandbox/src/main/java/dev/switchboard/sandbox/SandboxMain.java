package dev.switchboard.sandbox;

import dev.switchboard.sandbox.spi.FakeProvider;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The sandbox as a standalone server, for tests in any language:
 * {@code java -jar switchboard-sandbox.jar --port 8080} (see {@code --help}). Exits 0 after
 * {@code --help}, {@code --version} and {@code --keys}, 2 on bad input (a one-line message, no
 * stack trace), and otherwise serves until stopped; a {@code --state} file is saved on stop.
 */
@Command(name = "switchboard-sandbox", mixinStandardHelpOptions = true, versionProvider = SandboxMain.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = "In-memory fakes of the installed platforms on 127.0.0.1, each under /<platform>, checking every"
        + " request against the platform's spec. Prints each platform's base URL and credential at start, then serves"
        + " until stopped (Ctrl-C, SIGTERM).",
    footer = {"", "Exit codes:", "  0  stopped, or --help, --version, --keys done",
        "  1  failed while serving",
        "  2  bad input: an option's value, a busy port, an unreadable --state file", "",
        "Example:", "  java -jar switchboard-sandbox.jar --port 8080 --state sandbox.json --latency 100ms --rate 50/s"})
public final class SandboxMain implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_INPUT = 2;

  /** {@code --version}: the jar's version, from its manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SandboxMain.class.getPackage().getImplementationVersion();
      return new String[] {"switchboard-sandbox " + (v == null ? "(development build)" : v)};
    }
  }

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "IP address to listen on (default ${DEFAULT-VALUE}). In a container, 0.0.0.0, so that its port can be"
          + " published; elsewhere keep loopback, since the sandbox's keys are public.")
  String bind;

  @Option(names = "--empty", description = "Start without the demo agents (the demo workspace and chatbot still exist).")
  boolean empty;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Keep the platforms' state in this JSON file and a journal beside it (FILE.journal): read at start"
          + " if they exist (instead of the demo data); every change is journalled before its request is answered,"
          + " so even a killed process loses no acknowledged write.")
  Path state;

  @Option(names = "--latency", paramLabel = "DURATION", converter = LatencyConverter.class,
      description = "Delay every response by this much, e.g. 100ms or 2s (no thread waits meanwhile).")
  Duration latency = Duration.ZERO;

  @Option(names = "--rate", paramLabel = "N/UNIT", converter = RateConverter.class,
      description = "Serve at most this many requests a second per platform, e.g. 50/s or 3000/min; beyond it each"
          + " platform answers its own 429 with Retry-After.")
  double rate = Double.POSITIVE_INFINITY;

  @Option(names = "--max-body", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Largest request body read, e.g. 1MB (the default), 64KB or 2000000; a larger one gets the"
          + " platform's 413.")
  long maxBody = Limits.DEFAULT.maxBody();

  @Option(names = "--header-timeout", paramLabel = "DURATION", converter = LatencyConverter.class,
      description = "Time a client has to send a request's line and headers (default 10s); then its connection is"
          + " closed.")
  Duration headerTimeout = Limits.DEFAULT.headerTimeout();

  @Option(names = "--body-timeout", paramLabel = "DURATION", converter = LatencyConverter.class,
      description = "Time a client has to send a request's body (default 30s); then the platform's 408.")
  Duration bodyTimeout = Limits.DEFAULT.bodyTimeout();

  @Option(names = "--idle-timeout", paramLabel = "DURATION", converter = LatencyConverter.class,
      description = "Time a connection may stay silent (default 60s).")
  Duration idleTimeout = Limits.DEFAULT.idleTimeout();

  @Option(names = "--max-connections", paramLabel = "N",
      description = "Most connections open at once (default ${DEFAULT-VALUE}); more wait to be accepted.")
  int maxConnections = Limits.DEFAULT.maxConnections();

  @Option(names = "--keys",
      description = "Print the settings a Switchboard client needs for the given --port and exit, without starting:"
          + " export lines for eval \"$(... --keys --port N)\" by default (see --format).")
  boolean keys;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "env",
      description = "How --keys prints: env (export KEY='value' lines, for eval and for switchboard --config),"
          + " properties (KEY=value) or json (one object). Default: ${DEFAULT-VALUE}.")
  KeysFormat format;

  /** What {@code --keys} prints. */
  enum KeysFormat {
    /** {@code export KEY='value'}: a shell's eval sets them for the programs it starts. */
    env,
    /** {@code KEY=value}: a Java properties file. */
    properties,
    /** One JSON object of the settings. */
    json
  }

  private final PrintWriter out;
  private final PrintWriter err;
  /** Released by {@link #stop()}; the tests stop a server this way instead of by a signal. */
  private final CountDownLatch stopped = new CountDownLatch(1);

  SandboxMain(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * @param args see {@code --help}
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(new SandboxMain(out, err).run(args));
  }

  /** Parses and runs one command line; returns the exit code. */
  int run(String[] args) {
    CommandLine cli = new CommandLine(this);
    cli.setOut(out).setErr(err);
    // One line for bad input: the usage would bury the message, and --help is one flag away.
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("switchboard-sandbox: " + e.getMessage() + " (see --help)");
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      err.println("switchboard-sandbox: " + e.getMessage());
      return FAILED;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Stops a server started by {@link #run}. */
  void stop() {
    stopped.countDown();
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      return bad("--port must be between 0 and 65535, not " + port);
    }
    if (keys) {
      return printKeys();
    }
    InetAddress address = ipLiteral(bind);
    if (address == null) {
      return bad("--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not '" + bind + "'");
    }
    if (state != null && Files.isDirectory(state)) {
      return bad("--state " + state + " is a directory; name a file");
    }
    if (maxBody < 0 || maxConnections < 1 || headerTimeout.isZero() || bodyTimeout.isZero() || idleTimeout.isZero()) {
      return bad("--max-body must be 0 or more, --max-connections 1 or more, and the timeouts above 0");
    }
    Limits limits = Limits.DEFAULT.withMaxBody(maxBody).withTimeouts(headerTimeout, bodyTimeout, idleTimeout)
        .withMaxConnections(maxConnections);
    Sandbox sandbox;
    try {
      sandbox = Sandbox.start(address, port, Sandbox.Keys.DEFAULT, limits);
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
      if (cause instanceof BindException) {
        return bad("port " + port + " on " + bind + " is in use (" + cause.getMessage()
            + "); choose another with --port, or --port 0 for a free one");
      }
      return bad("cannot listen on " + bind + ":" + port + ": " + cause.getMessage());
    }
    Journal journal = null;
    try {
      boolean restored = false;
      if (state != null) {
        try {
          restored = Journal.restore(sandbox, state, warning -> {
            err.println("switchboard-sandbox: " + warning);
            err.flush();
          });
        } catch (IllegalArgumentException | UncheckedIOException e) {
          return bad("--state: " + e.getMessage());
        }
      }
      if (!restored && !empty) {
        sandbox.seedDemoData();
      }
      sandbox.simulate(latency, rate);
      if (state != null) {
        try {
          journal = Journal.start(sandbox, state); // now, so a bad path fails at start, not at the first change
        } catch (UncheckedIOException e) {
          return bad("--state: " + e.getMessage());
        }
        sandbox.requests().journal(journal);
      }
      banner(sandbox, restored);
      Sandbox running = sandbox;
      Journal j = journal;
      Thread hook = new Thread(() -> shutDown(running, j), "switchboard-sandbox-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      stopped.await();
      Runtime.getRuntime().removeShutdownHook(hook);
      shutDown(sandbox, journal);
      return OK;
    } finally {
      sandbox.close();
    }
  }

  /** The address, if the text is an IP literal; never a name, so nothing is looked up in DNS. */
  static InetAddress ipLiteral(String text) {
    boolean v4 = text.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    boolean v6 = text.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    if (!v4 && !v6) {
      return null;
    }
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private int bad(String message) {
    err.println("switchboard-sandbox: " + message);
    return BAD_INPUT;
  }

  private void banner(Sandbox sandbox, boolean restored) {
    // The sandbox's keys are fixed, public test values (not secrets): printing them is what lets
    // another program, in any language, call the sandbox.
    out.println("Switchboard sandbox on 127.0.0.1:" + sandbox.port()
        + (restored ? " with the state from " + state : empty ? "" : " with demo data")
        + (state != null && !restored ? ", saving to " + state : "")
        + (latency.isZero() ? "" : ", latency " + latency.toMillis() + " ms")
        + (Double.isInfinite(rate) ? "" : ", at most " + rate + " requests/s per platform"));
    out.printf("%-12s %-60s %s%n", "PLATFORM", "BASE URL", "CREDENTIAL AND IDS");
    for (FakeProvider p : Sandbox.installed()) {
      out.printf("%-12s %-60s %s%n", p.id(), sandbox.baseUrl(p.id()), p.describe(sandbox.credential(p.id())));
    }
    out.flush();
  }

  private int printKeys() {
    if (port == 0) {
      return bad("--keys needs the port the sandbox will listen on: give --port N (not 0)");
    }
    Map<String, String> all = new java.util.LinkedHashMap<>();
    for (FakeProvider p : Sandbox.installed()) {
      all.putAll(SettingsKeys.of(p.id(), p.clientSettings(Sandbox.baseUrl(port, p), p.defaultCredential())));
    }
    switch (format) {
      case json:
        try {
          out.println(new com.fasterxml.jackson.databind.ObjectMapper()
              .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        break;
      case properties:
        all.forEach((k, v) -> out.println(k + "=" + v.replace("\\", "\\\\")));
        break;
      default:
        // Single quotes keep every character as it is; a quote inside closes, escapes and reopens.
        all.forEach((k, v) -> out.println("export " + k + "='" + v.replace("'", "'\\''") + "'"));
    }
    out.flush();
    return OK;
  }

  /** Stops serving, then folds the journal into the state file (nothing is lost if this never runs). */
  private synchronized void shutDown(Sandbox sandbox, Journal journal) {
    sandbox.close();
    if (journal != null) {
      try {
        journal.close();
      } catch (UncheckedIOException e) {
        err.println("switchboard-sandbox: " + e.getMessage());
      }
    }
    err.flush();
  }

  /** Reads {@code --max-body}: bytes, or a number with KB or MB (powers of 1024). */
  static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(|b|kb|mb)").matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a size; write e.g. 1MB, 64KB or 2000000");
      }
      long n = Long.parseLong(m.group(1));
      return m.group(2).equals("mb") ? n << 20 : m.group(2).equals("kb") ? n << 10 : n;
    }
  }

  /** Reads {@code --latency}. */
  static final class LatencyConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Rates.latency(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --rate}. */
  static final class RateConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        return Rates.perSecond(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
