package dev.switchboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Makes {@code --state} durable: every change a request makes is appended to a journal beside the
 * state file ({@code <file>.journal}) before the request is answered, so a process killed at any
 * moment (even {@code kill -9}) loses no acknowledged write. The journal is folded into the state
 * file at start, when it passes {@link #COMPACT_AT} bytes, and on a clean stop.
 *
 * <p>A record is what changed in one platform's state ({@link Fake#saveState()}), not the request:
 * replaying requests would not give the same ids (some platforms' are random) or timestamps. The change
 * is found by comparing the platform's state after the request with the state after the previous
 * one (see {@link StateDiff}), under a per-platform lock, so records of one platform are in the
 * order their changes were made. Each record is one line, {@code <crc32> <json>}, written with a
 * single {@code write} to a file opened for appending: a killed process leaves whole records behind,
 * and a torn or corrupt tail (a full disk, a crash of the machine) fails its checksum and is skipped
 * with one warning naming the file and offset; the records before it are kept.
 *
 * <p>The data reaches the operating system before the answer is sent, which is what a killed
 * process needs; it is not forced to the device per record (the state file is, at each compaction),
 * so a power cut may lose the last moments, as docs/sandbox.md says.
 */
final class Journal implements AutoCloseable {
  /** Journal size that triggers a compaction. */
  static final long COMPACT_AT = 8L << 20;

  private final Sandbox sandbox;
  private final Path file;
  private final Path journalFile;
  private final Path tmp;
  private final FileChannel channel;
  private final Map<String, ReentrantLock> locks = new LinkedHashMap<>();
  /** Requests waiting for their platform's lock, by platform. */
  private final Map<String, java.util.Queue<Pending>> queues = new LinkedHashMap<>();
  /** Each platform's state as last journalled: what the next change is compared with. */
  private final Map<String, JsonNode> last = new java.util.concurrent.ConcurrentHashMap<>();
  private boolean closed;

  private Journal(Sandbox sandbox, Path file) throws IOException {
    this.sandbox = sandbox;
    this.file = file.toAbsolutePath();
    this.journalFile = journalOf(this.file);
    this.tmp = this.file.resolveSibling(this.file.getFileName() + ".tmp");
    for (String platform : sandbox.platforms()) {
      locks.put(platform, new ReentrantLock());
      queues.put(platform, new java.util.concurrent.ConcurrentLinkedQueue<>());
    }
    compact(); // everything restored so far becomes the state file; the journal starts empty
    this.channel = FileChannel.open(journalFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
  }

  static Path journalOf(Path stateFile) {
    Path f = stateFile.toAbsolutePath();
    return f.resolveSibling(f.getFileName() + ".journal");
  }

  /**
   * Restores a sandbox from a state file and its journal, as far as they go.
   *
   * @param sandbox the sandbox, already holding the state to start from if the file is missing
   * @param file the state file
   * @param warn where the one warning about a skipped journal tail goes
   * @return whether anything was restored (the state file or a journal record)
   * @throws IllegalArgumentException if the state file is not a sandbox state
   */
  static boolean restore(Sandbox sandbox, Path file, Consumer<String> warn) {
    removeLeftovers(file);
    boolean restored = false;
    if (Files.exists(file)) {
      sandbox.loadState(file);
      restored = true;
    }
    Path journal = journalOf(file);
    if (Files.exists(journal)) {
      Map<String, JsonNode> states = new LinkedHashMap<>();
      for (String p : sandbox.platforms()) {
        states.put(p, sandbox.fake(p).saveState());
      }
      int applied = replay(journal, states, warn);
      if (applied > 0) {
        states.forEach((p, s) -> {
          if (s != null) {
            sandbox.fake(p).restoreState(s);
          }
        });
        restored = true;
      }
    }
    return restored;
  }

  /** Temporary files of a save that a killed process never finished (ours and {@link Sandbox#saveState}'s). */
  static void removeLeftovers(Path file) {
    Path f = file.toAbsolutePath();
    String name = f.getFileName().toString();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(f.getParent(), name + "*.tmp")) {
      for (Path leftover : siblings) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean up beside " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Applies a journal's records to the platforms' states, up to the first bad one.
   *
   * @return the number of records applied
   */
  static int replay(Path journal, Map<String, JsonNode> states, Consumer<String> warn) {
    byte[] all;
    try {
      all = Files.readAllBytes(journal);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sandbox journal " + journal + ": " + e.getMessage(), e);
    }
    int applied = 0;
    int offset = 0;
    while (offset < all.length) {
      int end = offset;
      while (end < all.length && all[end] != '\n') {
        end++;
      }
      String problem = null;
      JsonNode record = null;
      if (end == all.length) {
        problem = "the last record is cut off (no line end)";
      } else {
        String line = new String(all, offset, end - offset, StandardCharsets.UTF_8);
        int space = line.indexOf(' ');
        try {
          String json = line.substring(space + 1);
          if (space != 8 || Long.parseLong(line.substring(0, 8), 16) != crc(json)) {
            problem = "the record's checksum does not match";
          } else {
            record = Exchange.JSON.readTree(json);
          }
        } catch (IOException | RuntimeException e) {
          problem = "the record is not readable";
        }
      }
      if (problem != null) {
        warn.accept("sandbox state: skipped the journal " + journal + " from byte offset " + offset + " to its end ("
            + (all.length - offset) + " bytes): " + problem + "; the " + applied + " records before it were restored");
        break;
      }
      String platform = record.path("p").asText();
      if (states.get(platform) != null) {
        states.put(platform, StateDiff.apply(states.get(platform), (ArrayNode) record.get("ops")));
      }
      applied++;
      offset = end + 1;
    }
    return applied;
  }

  private static long crc(String json) {
    CRC32 crc = new CRC32();
    crc.update(json.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /**
   * Folds everything restored into the state file and starts a journal beside it.
   *
   * @return the open journal; the sandbox journals through it once {@link Sandbox#journal} is set
   */
  static Journal start(Sandbox sandbox, Path file) {
    try {
      return new Journal(sandbox, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sandbox state to " + file + ": " + e.getMessage(), e);
    }
  }

  /** A request waiting for its platform's lock; whoever holds it serves the queue. */
  private static final class Pending {
    final Runnable request;
    volatile boolean done;
    RuntimeException failure;

    Pending(Runnable request) {
      this.request = request;
    }
  }

  /**
   * Runs one request against a platform and journals what it changed before returning (and so
   * before the request is answered). Requests to one platform that may change it run one at a
   * time. Comparing the state costs time in proportion to its size, so the thread holding the lock
   * serves every request queued meanwhile and journals them as one record (a group commit): with 8
   * concurrent writers, about one comparison per 8 writes instead of one each. None of them is
   * answered before that record is written.
   */
  void record(String platform, Fake fake, Runnable request) {
    Pending mine = new Pending(request);
    java.util.Queue<Pending> queue = queues.get(platform);
    queue.add(mine);
    ReentrantLock lock = locks.get(platform);
    boolean compact = false;
    while (!mine.done) {
      lock.lock();
      try {
        if (mine.done) {
          break; // served by the thread that held the lock before
        }
        compact = serve(platform, fake, queue);
      } finally {
        lock.unlock();
      }
    }
    if (compact) {
      compactNow();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
  }

  /** Serves the queued requests, journals their change, marks them done; under the platform's lock. */
  private boolean serve(String platform, Fake fake, java.util.Queue<Pending> queue) {
    java.util.List<Pending> batch = new java.util.ArrayList<>();
    for (Pending p = queue.poll(); p != null; p = queue.poll()) {
      batch.add(p);
      try {
        p.request.run();
      } catch (RuntimeException e) {
        p.failure = e;
      }
    }
    try {
      return append(platform, fake);
    } catch (RuntimeException e) {
      batch.forEach(p -> p.failure = p.failure != null ? p.failure : e);
      return false;
    } finally {
      batch.forEach(p -> p.done = true);
    }
  }

  /** Appends what changed since the last record; returns whether the journal should be compacted. */
  private boolean append(String platform, Fake fake) {
    try {
      JsonNode after = fake.saveState();
      if (after == null) {
        return false;
      }
      ArrayNode ops = StateDiff.diff(last.get(platform), after);
      last.put(platform, after);
      if (ops.isEmpty()) {
        return false;
      }
      ObjectNode rec = Exchange.JSON.createObjectNode();
      rec.put("p", platform);
      rec.set("ops", ops);
      String json = Exchange.JSON.writeValueAsString(rec);
      byte[] line = String.format("%08x %s\n", crc(json), json).getBytes(StandardCharsets.UTF_8);
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("the sandbox's state journal is closed");
        }
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        return channel.size() > COMPACT_AT;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the sandbox journal " + journalFile + ": " + e.getMessage(), e);
    }
  }

  /** Folds the journal into the state file while no platform changes. */
  void compactNow() {
    locks.values().forEach(ReentrantLock::lock);
    try {
      synchronized (this) {
        if (closed) {
          return;
        }
        compact();
        channel.truncate(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compact the sandbox state into " + file + ": " + e.getMessage(), e);
    } finally {
      locks.values().forEach(ReentrantLock::unlock);
    }
  }

  /**
   * Writes the state file whole (beside, forced, then moved over the old one). Only after that is
   * the journal emptied: a process killed between the two replays records the file already holds,
   * which changes nothing (each record sets values, it does not add to them).
   */
  private void compact() throws IOException {
    Map<String, JsonNode> states = new LinkedHashMap<>();
    for (String p : sandbox.platforms()) {
      JsonNode s = sandbox.fake(p).saveState();
      states.put(p, s);
      if (s != null) {
        last.put(p, s);
      }
    }
    StateFiles.write(file, tmp, states);
    if (channel == null) {
      Files.deleteIfExists(journalFile);
    }
  }

  /** Compacts and closes; later changes are not journalled. */
  @Override
  public void close() {
    try {
      compactNow();
    } finally {
      synchronized (this) {
        closed = true;
        try {
          channel.close();
        } catch (IOException e) {
          // Closing a file we only appended to: nothing is lost that compactNow did not already save.
        }
      }
    }
  }
}
