package dev.switchboard.runtime.internal.graphql;

import com.apollographql.apollo3.api.json.JsonNumber;
import com.apollographql.apollo3.api.json.JsonReader;
import com.apollographql.apollo3.exception.JsonDataException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Apollo's {@link JsonReader} over Jackson's byte parser, for the generated operations' adapters.
 *
 * <p>Why not Apollo's own {@code BufferedSourceJsonReader}: it allocates a new String, through a
 * char array, for every field name of every object, and a char array for every string value.
 * Jackson hands back canonical (interned) field names and decodes values straight into Strings.
 * On a 100-agent bcrumbs page that was about 30 KB per call (BENCHMARKS.md, "Issue 14: performance
 * holds"). Same rules as Apollo's reader: numbers may be read as strings and quoted numbers as
 * numbers, unknown names are skipped by {@link #selectName}, and nesting stops at Apollo's
 * limit of {@value #MAX_DEPTH}.
 *
 * <p>It reads forward only: {@link #rewind()} throws {@link RewindUnsupported}, and
 * {@link GraphQlClient} then parses the same bytes again with Apollo's reader (operations with
 * fragments on polymorphic fields rewind; Switchboard's operations have none today).
 */
final class JacksonJsonReader implements JsonReader {
  /** Apollo's {@code BufferedSourceJsonReader.MAX_STACK_SIZE}: the same nesting limit as before. */
  static final int MAX_DEPTH = 256;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();

  /** Thrown by {@link #rewind()}: the caller parses again with a reader that can. */
  static final class RewindUnsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RewindUnsupported() {
      super("rewind", null, false, false);
    }
  }

  private final JsonParser parser;
  /** The token under the cursor, not yet consumed; null when the next one must be read. */
  private JsonToken next;
  private boolean read;

  JacksonJsonReader(InputStream in) throws IOException {
    this.parser = FACTORY.createParser(in);
  }

  private JsonToken current() throws IOException {
    if (!read) {
      next = parser.nextToken();
      read = true;
    }
    return next;
  }

  private void consume() {
    read = false;
  }

  private JsonToken expect(JsonToken token) throws IOException {
    JsonToken t = current();
    if (t != token) {
      throw unexpected(token.name());
    }
    consume();
    return t;
  }

  private JsonDataException unexpected(String wanted) throws IOException {
    // Token kinds and field names only: the server's values stay out of the message.
    return new JsonDataException("Expected " + wanted + " but was " + peek() + " at path " + getPath());
  }

  @Override
  public Token peek() throws IOException {
    JsonToken t = current();
    if (t == null) {
      return Token.END_DOCUMENT;
    }
    switch (t) {
      case START_OBJECT:
        return Token.BEGIN_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.BEGIN_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? Token.LONG : Token.NUMBER;
      case VALUE_NUMBER_FLOAT:
        return Token.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Token.BOOLEAN;
      case VALUE_NULL:
        return Token.NULL;
      default:
        throw new JsonDataException("Unexpected token " + t + " at path " + getPath());
    }
  }

  @Override
  public JsonReader beginArray() throws IOException {
    expect(JsonToken.START_ARRAY);
    return this;
  }

  @Override
  public JsonReader endArray() throws IOException {
    expect(JsonToken.END_ARRAY);
    return this;
  }

  @Override
  public JsonReader beginObject() throws IOException {
    expect(JsonToken.START_OBJECT);
    return this;
  }

  @Override
  public JsonReader endObject() throws IOException {
    expect(JsonToken.END_OBJECT);
    return this;
  }

  @Override
  public boolean hasNext() throws IOException {
    JsonToken t = current();
    return t != null && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY;
  }

  @Override
  public String nextName() throws IOException {
    expect(JsonToken.FIELD_NAME);
    return parser.currentName();
  }

  @Override
  public String nextString() throws IOException {
    JsonToken t = current();
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      consume();
      return parser.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      consume();
      return null;
    }
    throw unexpected("a string");
  }

  @Override
  public boolean nextBoolean() throws IOException {
    JsonToken t = current();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      consume();
      return t == JsonToken.VALUE_TRUE;
    }
    throw unexpected("a boolean");
  }

  @Override
  public Void nextNull() throws IOException {
    expect(JsonToken.VALUE_NULL);
    return null;
  }

  @Override
  public int nextInt() throws IOException {
    long value = nextLong();
    if ((int) value != value) {
      throw new JsonDataException("Expected an int but was a larger number at path " + getPath());
    }
    return (int) value;
  }

  @Override
  public long nextLong() throws IOException {
    JsonToken t = current();
    try {
      if (t == JsonToken.VALUE_NUMBER_INT) {
        long value = parser.getLongValue();
        consume();
        return value;
      }
      if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
        double d = t == JsonToken.VALUE_STRING ? Double.parseDouble(parser.getText()) : parser.getDoubleValue();
        long value = (long) d;
        if (value != d) {
          throw new JsonDataException("Expected a long but was a fraction at path " + getPath());
        }
        consume();
        return value;
      }
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a long but was a non-numeric string at path " + getPath());
    }
    throw unexpected("a long");
  }

  @Override
  public double nextDouble() throws IOException {
    JsonToken t = current();
    try {
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        double value = parser.getDoubleValue();
        consume();
        return value;
      }
      if (t == JsonToken.VALUE_STRING) {
        double value = Double.parseDouble(parser.getText());
        consume();
        return value;
      }
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a double but was a non-numeric string at path " + getPath());
    }
    throw unexpected("a double");
  }

  @Override
  public JsonNumber nextNumber() throws IOException {
    JsonToken t = current();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
      consume();
      return new JsonNumber(parser.getText());
    }
    throw unexpected("a number");
  }

  @Override
  public void skipValue() throws IOException {
    JsonToken t = current();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      parser.skipChildren();
    } else if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
      throw unexpected("a value");
    }
    consume(); // a name on its own is skipped alone, as Apollo's reader does
  }

  @Override
  public int selectName(List<String> names) throws IOException {
    while (hasNext()) {
      String name = nextName();
      int index = names.indexOf(name);
      if (index != -1) {
        return index;
      }
      skipValue(); // a field the operation did not ask for
    }
    return -1;
  }

  @Override
  public void rewind() {
    throw new RewindUnsupported();
  }

  @Override
  public List<Object> getPath() {
    List<Object> path = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        path.add(0, Math.max(c.getCurrentIndex(), 0));
      } else if (c.getCurrentName() != null) {
        path.add(0, c.getCurrentName());
      }
    }
    return path;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
