package dev.switchboard.runtime.internal.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apollographql.apollo3.api.json.BufferedSourceJsonReader;
import com.apollographql.apollo3.api.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Jackson-backed reader answers the generated adapters exactly as Apollo's own reader does. */
class JacksonJsonReaderTest {
  private static JsonReader jackson(String json) throws Exception {
    return new JacksonJsonReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonReader apollo(String json) {
    return new BufferedSourceJsonReader(new Buffer().writeUtf8(json));
  }

  /** Everything the reader reports, token kinds included, as a tree (numbers tagged by the kind peek() gave). */
  private static Object tree(JsonReader r) throws Exception {
    switch (r.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
          String name = r.nextName();
          m.put(name, tree(r));
        }
        r.endObject();
        return m;
      }
      case BEGIN_ARRAY: {
        List<Object> l = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
          l.add(tree(r));
        }
        r.endArray();
        return l;
      }
      case LONG:
        return "long:" + r.nextLong();
      case NUMBER:
        return "number:" + r.nextNumber().getValue();
      case BOOLEAN:
        return r.nextBoolean();
      case NULL:
        return r.nextNull();
      case STRING:
        return "string:" + r.nextString();
      default:
        throw new IllegalStateException("unexpected " + r.peek()); // END_DOCUMENT: nothing (more) to read
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"data\":{\"agents\":{\"nodes\":[{\"id\":\"a\",\"n\":1}],\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null}}}}",
    "{\"a\":[1,-2,0,-0,9223372036854775807,1.5,-2.25e3,1E2,12345678901234567890],\"b\":[true,false,null],\"c\":{}}",
    "{\"s\":\"\\u00e9\\n\\\"q\\\" \\ud83d\\ude00 caf\u00e9\",\"e\":\"\",\"nested\":[[[{\"x\":[]}]]]}",
    "[]",
    "\"top\"",
  })
  void readsEveryValueAsApollosReaderDoes(String json) throws Exception {
    assertThat(tree(jackson(json))).isEqualTo(tree(apollo(json)));
  }

  @Test
  void selectNameSkipsUnknownFieldsWhateverTheirShape() throws Exception {
    String json = "{\"junk\":{\"deep\":[1,{\"x\":2}]},\"id\":\"a1\",\"more\":[\"x\"],\"name\":\"N\",\"tail\":3}";
    for (JsonReader r : List.of(jackson(json), apollo(json))) {
      r.beginObject();
      List<String> names = List.of("id", "name");
      assertThat(r.selectName(names)).isEqualTo(0);
      assertThat(r.nextString()).isEqualTo("a1");
      assertThat(r.selectName(names)).isEqualTo(1);
      assertThat(r.nextString()).isEqualTo("N");
      assertThat(r.selectName(names)).isEqualTo(-1);
      r.endObject();
    }
  }

  @Test
  void numbersReadAsTheTypeAsked() throws Exception {
    JsonReader r = jackson("[\"42\",7,7.0,\"2.5\",3000000000]");
    r.beginArray();
    assertThat(r.nextInt()).isEqualTo(42);
    assertThat(r.nextString()).isEqualTo("7");
    assertThat(r.nextInt()).isEqualTo(7);
    assertThat(r.nextDouble()).isEqualTo(2.5);
    assertThatThrownBy(r::nextInt).isInstanceOf(RuntimeException.class); // 3000000000 does not fit an int
  }

  @Test
  void thePathNamesFieldsAndIndexes() throws Exception {
    JsonReader r = jackson("{\"agents\":{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}]}}");
    r.beginObject();
    r.nextName();
    r.beginObject();
    r.nextName();
    r.beginArray();
    r.skipValue();
    r.beginObject();
    r.nextName();
    assertThat(r.getPath()).containsExactly("agents", "nodes", 1, "id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"a\":", "{\"a\":[1,2", "{\"a\" 1}", "nul", "{\"a\":\"unterminated"})
  void brokenJsonFailsAsApollosReaderFails(String json) {
    assertThatThrownBy(() -> tree(apollo(json))).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> tree(jackson(json))).isInstanceOf(Exception.class);
  }

  @Test
  void nestingStopsAtApollosLimit() {
    String deep = "[".repeat(JacksonJsonReader.MAX_DEPTH + 1) + "]".repeat(JacksonJsonReader.MAX_DEPTH + 1);
    String fits = "[".repeat(JacksonJsonReader.MAX_DEPTH - 1) + "]".repeat(JacksonJsonReader.MAX_DEPTH - 1);
    assertThatThrownBy(() -> tree(jackson(deep))).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> tree(apollo(deep))).isInstanceOf(Exception.class);
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> tree(jackson(fits)));
  }

  @Test
  void rewindAsksForApollosReader() throws Exception {
    JsonReader r = jackson("{\"__typename\":\"Agent\"}");
    r.beginObject();
    assertThatThrownBy(r::rewind).isInstanceOf(JacksonJsonReader.RewindUnsupported.class);
  }
}
