package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.switchboard.cli.CliTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published {@code output.schema.json}, and the check every {@code --json} document must pass. */
final class OutputSchema {
  private static final Schema SCHEMA;

  static {
    try (InputStream in = OutputSchema.class.getResourceAsStream(Report.SCHEMA)) {
      SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private OutputSchema() {}

  /**
   * Asserts that a run printed exactly one document, valid against the schema, whose exitCode is
   * the run's exit code.
   *
   * @return the document
   */
  static JsonNode check(Run r) {
    JsonNode doc;
    try {
      doc = new ObjectMapper().readTree(r.out());
    } catch (IOException e) {
      throw new AssertionError("not one JSON document on stdout: " + r.out() + "\nstderr: " + r.err(), e);
    }
    List<Error> errors = SCHEMA.validate(doc);
    assertThat(errors).as("schema errors in %s", r.out()).isEmpty();
    assertThat(doc.get("exitCode").asInt()).as(r.out()).isEqualTo(r.code());
    return doc;
  }

  static List<Error> validate(JsonNode doc) {
    return SCHEMA.validate(doc);
  }
}
