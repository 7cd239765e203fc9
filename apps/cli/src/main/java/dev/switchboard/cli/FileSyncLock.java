package dev.switchboard.cli;

import dev.switchboard.sync.SyncLock;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The CLI's {@link SyncLock}: one lock file per platform account in the user's cache directory
 * ({@code $XDG_CACHE_HOME/switchboard/locks}, else {@code ~/.cache/switchboard/locks}), held with
 * an OS file lock ({@link FileChannel#tryLock()}). The OS lets go when the process ends, however it
 * ends, so a crashed sync never leaves a stale lock behind. It covers the syncs of one machine (one
 * cache directory); syncs from several hosts need a lock they share (a database, as ShedLock does
 * in the Spring Boot starter).
 *
 * <p>An OS file lock belongs to the whole JVM (a second {@code tryLock} from the same process
 * throws), so within the process a semaphore per file comes first. The file holds who has it (pid,
 * host, since when), for the message the waiting sync prints; it never holds a credential (the
 * file name is a digest of the platform account's non-secret settings).
 */
final class FileSyncLock implements SyncLock {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();
  private final Path dir;

  FileSyncLock(Path dir) {
    this.dir = dir;
  }

  /**
   * @param env the environment ({@code XDG_CACHE_HOME})
   * @return the directory lock files go in
   */
  static Path directory(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("switchboard").resolve("locks");
  }

  Path file(Key key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.name().getBytes(StandardCharsets.UTF_8));
      return dir.resolve(key.platform().id() + "-" + HexFormat.of().formatHex(digest, 0, 8) + ".lock");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  @Override
  public Optional<Held> acquire(Key key, Duration wait) throws InterruptedException {
    Path file = file(key);
    long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
    Semaphore local = IN_PROCESS.computeIfAbsent(file, f -> new Semaphore(1));
    if (!local.tryAcquire(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)) {
      return Optional.empty();
    }
    boolean handedOver = false;
    try {
      Files.createDirectories(dir);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        while (true) {
          FileLock lock = tryLock(channel);
          if (lock != null) {
            writeHolder(channel);
            handedOver = true;
            return Optional.of(held(channel, lock, local));
          }
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return Optional.empty();
          }
          Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
        }
      } finally {
        if (!handedOver) {
          channel.close();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot use the lock file " + file + ": " + e.getMessage(), e);
    } finally {
      if (!handedOver) {
        local.release();
      }
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held in this JVM through another channel: the semaphore should have stopped us, but wait anyway
    }
  }

  private static void writeHolder(FileChannel channel) throws IOException {
    String who;
    try {
      who = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      who = "this host";
    }
    String text = "pid " + ProcessHandle.current().pid() + " on " + who + " since " + Instant.now() + "\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  private static Held held(FileChannel channel, FileLock lock, Semaphore local) {
    AtomicBoolean released = new AtomicBoolean();
    return () -> {
      if (released.compareAndSet(false, true)) {
        try {
          lock.release();
          channel.close();
        } catch (IOException e) {
          // Closing the channel releases the OS lock; if even that fails, the process's end will.
        } finally {
          local.release();
        }
      }
    };
  }

  @Override
  public String holder(Key key) {
    Path file = file(key);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).trim();
      return (text.isEmpty() ? "another sync" : text) + "; lock file " + file;
    } catch (IOException e) {
      return "another sync; lock file " + file;
    }
  }

}
