package dev.switchboard.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.switchboard.facade.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link Plan}'s JSON form, written and read. Reading refuses what is not a plan with a message in
 * plan-file words (what is wrong, the field's path, line and column): a user reads it on the
 * command line, where Jackson's text (Java types in backticks, "Cannot construct instance of")
 * means nothing.
 */
final class PlanFile {
  private static final String NOT_JSON = "not JSON: ";
  private static final String NOT_A_PLAN = "not a Switchboard plan file: ";

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule("switchboard-plan")
          .addSerializer(Platform.class, new JsonSerializer<>() {
            @Override
            public void serialize(Platform p, JsonGenerator g, SerializerProvider s) throws IOException {
              g.writeString(p.id());
            }
          })
          .addDeserializer(Platform.class, new JsonDeserializer<>() {
            @Override
            public Platform deserialize(JsonParser p, DeserializationContext c) throws IOException {
              if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Platform) c.handleUnexpectedToken(Platform.class, p);
              }
              try {
                return Platform.of(p.getText());
              } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), p.getText(), Platform.class);
              }
            }
          }))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private PlanFile() {}

  static String write(Plan plan) {
    try {
      return JSON.writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a plan could not be written as JSON", e);
    }
  }

  static Plan read(String json) {
    if (json.isBlank()) {
      throw new IllegalArgumentException(NOT_JSON + "the file is empty");
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(NOT_JSON + at(e.getLocation()) + words(e.getOriginalMessage()));
    }
    JsonLocation start = start(json);
    if (!tree.isObject()) {
      throw new IllegalArgumentException(NOT_A_PLAN + at(start) + "expected a JSON object with formatVersion, createdAt, "
          + "roster and platforms, found " + (tree.isArray() ? "a list" : "'" + tree.asText() + "'"));
    }
    JsonNode version = tree.get("formatVersion");
    if (version == null || version.isNull()) {
      throw new IllegalArgumentException(NOT_A_PLAN + at(start) + "field 'formatVersion' is missing");
    }
    // Before the fields are judged: another format has other fields, and its version is the news.
    if (version.isIntegralNumber()) {
      checkVersion(version.asInt());
    }
    try {
      Plan plan = JSON.readValue(json, Plan.class);
      checkVersion(plan.formatVersion());
      return plan;
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(NOT_A_PLAN + explain(json, e), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(NOT_JSON + at(e.getLocation()) + words(e.getOriginalMessage()), e);
    }
  }

  private static void checkVersion(int version) {
    if (version != Plan.FORMAT_VERSION) {
      throw new IllegalArgumentException("plan format " + version + " is not supported (this version reads "
          + Plan.FORMAT_VERSION + "); plan again");
    }
  }

  /**
   * What a binding error means for the file: where (the field's line and column, found by its path;
   * Jackson reports a record's errors where the record ends), the field's path
   * ({@code platforms[0].actions[1].type}) and what it must be.
   */
  private static String explain(String json, JsonMappingException e) {
    List<Object> steps = new ArrayList<>();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        steps.add(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        steps.add(r.getIndex());
      }
    }
    if (e instanceof ValueInstantiationException) {
      // A record's constructor refused: Objects.requireNonNull names the field; other refusals are sentences.
      Throwable cause = e.getCause();
      String message = cause == null ? null : cause.getMessage();
      if (cause instanceof NullPointerException && message != null && message.matches("[a-zA-Z]+")) {
        steps.add(message);
        return at(locate(json, steps)) + "field '" + path(steps) + "' is missing";
      }
      String where = at(locate(json, steps));
      if (cause instanceof IllegalArgumentException && message != null) {
        return where + (steps.isEmpty() ? "" : path(steps) + ": ") + words(message);
      }
      return where + (steps.isEmpty() ? "the plan" : "'" + path(steps) + "'") + " is incomplete";
    }
    String where = at(steps.isEmpty() ? e.getLocation() : locate(json, steps));
    if (e instanceof UnrecognizedPropertyException) {
      return where + "unknown field '" + path(steps) + "'";
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      String was = e instanceof InvalidFormatException ? ", was '" + ((InvalidFormatException) e).getValue() + "'" : "";
      return where + "field '" + path(steps) + "' must be " + expected(m.getTargetType()) + was;
    }
    return where + "field '" + path(steps) + "' has a value this version cannot read";
  }

  private static String path(List<Object> steps) {
    StringBuilder b = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof Integer) {
        b.append('[').append(step).append(']');
      } else {
        b.append(b.length() == 0 ? "" : ".").append(step);
      }
    }
    return b.toString();
  }

  /**
   * Where a field path is in the text: the field's name (where an editor shows the field) or the
   * list item; as far as the path exists, so a missing field is placed at its object.
   */
  private static JsonLocation locate(String json, List<Object> steps) {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      JsonLocation found = p.currentTokenLocation();
      for (Object step : steps) {
        boolean hit = false;
        if (step instanceof Integer && p.currentToken() == JsonToken.START_ARRAY) {
          for (int i = 0; !hit && p.nextToken() != JsonToken.END_ARRAY; i++) {
            hit = i == (Integer) step;
            if (!hit) {
              p.skipChildren();
            }
          }
        } else if (step instanceof String && p.currentToken() == JsonToken.START_OBJECT) {
          while (!hit && p.nextToken() == JsonToken.FIELD_NAME) {
            hit = p.currentName().equals(step);
            if (hit) {
              found = p.currentTokenLocation();
            }
            p.nextToken();
            if (!hit) {
              p.skipChildren();
            }
          }
        }
        if (!hit) {
          return found;
        }
        if (step instanceof Integer) {
          found = p.currentTokenLocation();
        }
      }
      return found;
    } catch (IOException e) {
      return null; // the text parsed once already; without a place the message still names the field
    }
  }

  /** A Java type as the plan file's reader knows it. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "something else";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == Platform.class) {
      return "a platform id (lower-case letters and digits, starting with a letter)";
    }
    return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "something else";
  }

  /** Jackson's parser messages with its source notes turned into a line and column, and nothing Java. */
  private static String words(String message) {
    if (message == null) {
      return "not valid";
    }
    String m = message
        .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replace("start marker at", "opened at")
        .replace("end-of-input", "end of the file");
    if (m.contains("`") || m.contains("dev.switchboard") || m.contains("java.") || m.contains("Source:")) {
      return "not valid"; // a message only a Java programmer could read says nothing to the file's reader
    }
    return Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? ""
        : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  /** Where the document's first token is (a missing field is reported there). */
  private static JsonLocation start(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      return p.currentTokenLocation();
    } catch (IOException e) {
      return null;
    }
  }
}
