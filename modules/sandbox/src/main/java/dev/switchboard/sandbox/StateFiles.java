package dev.switchboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state file: {@link Sandbox#saveState}, {@link Sandbox#loadState} and the journal's compaction. */
final class StateFiles {
  private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

  private StateFiles() {}

  /** See {@link Sandbox#saveState}. */
  static void save(Sandbox sandbox, Path file) {
    ObjectNode root = Exchange.JSON.createObjectNode();
    root.put("format", Sandbox.STATE_FORMAT);
    ObjectNode platforms = root.putObject("platforms");
    sandbox.fakesByPlatform().forEach((platform, fake) -> {
      JsonNode state = fake.saveState();
      if (state != null) {
        platforms.set(platform, state);
      }
    });
    Path target = file.toAbsolutePath();
    try {
      Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        move(tmp, target, root);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sandbox state to " + file + ": " + e.getMessage(), e);
    }
  }

  /** The journal's compaction: {@link Sandbox#saveState}'s file from states already taken, through a fixed temporary name. */
  static void write(Path target, Path tmp, Map<String, JsonNode> states) throws IOException {
    ObjectNode root = Exchange.JSON.createObjectNode();
    root.put("format", Sandbox.STATE_FORMAT);
    ObjectNode platforms = root.putObject("platforms");
    states.forEach((platform, state) -> {
      if (state != null) {
        platforms.set(platform, state);
      }
    });
    try {
      move(tmp, target, root);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes beside, forces it to the device, then moves it over the target in one step. */
  private static void move(Path tmp, Path target, ObjectNode root) throws IOException {
    byte[] bytes = Exchange.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Replaces the state of every platform named in a file {@link Sandbox#saveState} wrote; platforms the
   * file does not name keep theirs, and a platform no longer installed is skipped.
   *
   * @param file the file
   * @throws UncheckedIOException naming the file if it cannot be read
   * @throws IllegalArgumentException naming the file (and platform) if it is not a saved sandbox state
   */
  static void load(Sandbox sandbox, Path file) {
    JsonNode root;
    try {
      root = Exchange.JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sandbox state from " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.path("format").asText().equals(Sandbox.STATE_FORMAT) || !root.path("platforms").isObject()) {
      throw new IllegalArgumentException(file + " is not a sandbox state file (no \"format\": \"" + Sandbox.STATE_FORMAT + "\")");
    }
    root.get("platforms").fields().forEachRemaining(e -> {
      Fake fake = sandbox.fakesByPlatform().get(e.getKey());
      if (fake == null) {
        LOG.warn("sandbox state {} names platform {}, which is not installed; skipped", file, e.getKey());
        return;
      }
      try {
        fake.restoreState(e.getValue());
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(file + ", platform " + e.getKey() + ": " + bad.getMessage(), bad);
      }
    });
  }
}
