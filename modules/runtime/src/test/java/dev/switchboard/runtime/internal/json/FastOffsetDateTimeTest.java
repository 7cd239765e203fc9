package dev.switchboard.runtime.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast {@code OffsetDateTime} path gives exactly what jackson-datatype-jsr310 alone gives (value
 * and offset, or the same failure), and it is the path the shared mapper actually takes.
 */
class FastOffsetDateTimeTest {
  /** The stock behaviour: JavaTimeModule with Switchboard's date settings and nothing else. */
  private static final ObjectMapper STOCK = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();

  @ParameterizedTest
  @ValueSource(strings = {
      "2025-08-12T17:36:06.104Z", "2025-08-12T17:36:06Z", "2025-08-12T17:36:06.1Z", "2025-08-12T17:36:06.123456789Z",
      "2025-08-12T17:36:06.000000001Z", "2025-08-12T17:36:06.10+02:00", "2025-08-12T17:36:06-05:30",
      "2025-08-12T17:36:06+00:00", "2025-08-12T17:36:06-00:00", "2024-02-29T23:59:59.999+14:00",
      "0001-01-01T00:00:00-18:00", "9999-12-31T23:59:59.999999999+18:00"})
  void theUsualFormIsReadWithoutTheFormatterAndEqualsTheStockValue(String text) throws Exception {
    assertThat(FastOffsetDateTime.parse(text.toCharArray(), 0, text.length()))
        .as("taken by the fast path").isNotNull();
    // Padded inside a larger buffer, as Jackson hands its text buffer over.
    char[] padded = ("xx" + text + "yy").toCharArray();
    assertThat((Object) FastOffsetDateTime.parse(padded, 2, text.length())).isEqualTo(stock(text)); // equals(): offset too
    assertSameAsStock(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2025-08-12t17:36:06Z", "2025-08-12T17:36:06z", " 2025-08-12T17:36:06Z", "2025-08-12T17:36:06Z ",
      "2025-08-12T17:36Z", "2025-08-12T17:36:06.Z", "2025-08-12T17:36:06.1234567890Z", "2025-08-12T17:36:06+02:00:30",
      "2025-08-12T17:36:06+0200", "+12025-08-12T17:36:06Z", "2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z",
      "2025-08-12T24:00:00Z", "2025-08-12T23:59:60Z", "2025-08-12T17:36:06+19:00", "2025-08-12T17:36:06+02:60",
      "2025-08-12 17:36:06Z", "2025-08-12T17:36:06", "1723484166", "1723484166.5", "", "not a date",
      "2025-08-12T17:36:06.104Zjunk", "2025-0a-12T17:36:06Z"})
  void everythingElseIsLeftToTheStockDeserializer(String text) throws Exception {
    assertThat(FastOffsetDateTime.parse(text.toCharArray(), 0, text.length())).as("not the fast path").isNull();
    assertSameAsStock(text);
  }

  @Test
  void randomInstantsInEveryOffsetAndPrecisionMatchTheStockValue() throws Exception {
    Random random = new Random(14);
    int fast = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", 1 + random.nextInt(9999),
          1 + random.nextInt(12), 1 + random.nextInt(31), random.nextInt(24), random.nextInt(60), random.nextInt(60)));
      int digits = random.nextInt(10); // 0 = no fraction, else 1..9 digits
      if (digits > 0) {
        text.append('.');
        for (int d = 0; d < digits; d++) {
          text.append((char) ('0' + random.nextInt(10)));
        }
      }
      int quarterHours = random.nextInt(18 * 4 * 2 + 1) - 18 * 4;
      if (quarterHours == 0 && random.nextBoolean()) {
        text.append('Z');
      } else {
        int minutes = Math.abs(quarterHours) * 15;
        text.append(quarterHours < 0 ? '-' : '+').append(String.format("%02d:%02d", minutes / 60, minutes % 60));
      }
      String s = text.toString();
      if (FastOffsetDateTime.parse(s.toCharArray(), 0, s.length()) != null) {
        fast++;
      }
      assertSameAsStock(s); // days 29..31 of short months: both fail, with the stock message
    }
    assertThat(fast).as("values the fast path took").isGreaterThan(4_000);
  }

  @Test
  void theSharedMapperTakesTheFastPathAndStillHonoursTheContextFeature() throws Exception {
    OffsetDateTime parsed = Json.mapper().readValue("\"2025-08-12T17:36:06.104+02:00\"", OffsetDateTime.class);
    assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(parsed).isEqualTo(stock("2025-08-12T17:36:06.104+02:00"));
    ObjectMapper fast = Json.newMapper();
    assertThat(fast.getRegisteredModuleIds()).contains("switchboard-fast-offset-date-time");
    // The mapper really puts the fast path in front (equal values alone would not show it).
    com.fasterxml.jackson.databind.deser.DefaultDeserializationContext context =
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) fast.getDeserializationContext())
            .createInstance(fast.getDeserializationConfig(), null, null);
    assertThat(context.findRootValueDeserializer(fast.constructType(OffsetDateTime.class)))
        .isInstanceOf(FastOffsetDateTime.class);
    // With the feature on, the stock deserializer moves the value to the context's zone (UTC).
    OffsetDateTime adjusted = fast.readerFor(OffsetDateTime.class)
        .with(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .readValue("\"2025-08-12T17:36:06.104+02:00\"");
    assertThat(adjusted.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(adjusted.toInstant()).isEqualTo(parsed.toInstant());
  }

  /** A property with its own format: the stock deserializer, contextualized, decides alone. */
  static final class Formatted {
    @JsonFormat(pattern = "dd.MM.yyyy HH:mm XXX")
    public OffsetDateTime at;
    public OffsetDateTime plain;
  }

  @Test
  void aPropertyWithItsOwnFormatKeepsIt() throws Exception {
    Formatted f = Json.mapper().readValue("{\"at\":\"12.08.2025 17:36 +02:00\",\"plain\":\"2025-08-12T17:36:06Z\"}",
        Formatted.class);
    assertThat(f.at).isEqualTo(OffsetDateTime.of(2025, 8, 12, 17, 36, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(f.plain).isEqualTo(OffsetDateTime.of(2025, 8, 12, 17, 36, 6, 0, ZoneOffset.UTC));
    assertThatThrownBy(() -> Json.mapper().readValue("{\"at\":\"2025-08-12T17:36:06Z\"}", Formatted.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
  }

  @Test
  void anOffsetDateTimeDeserializerSomeoneRegisteredIsNotBypassed() throws Exception {
    ObjectMapper custom = Json.newMapper().registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
        .addDeserializer(OffsetDateTime.class, new com.fasterxml.jackson.databind.JsonDeserializer<OffsetDateTime>() {
          @Override
          public OffsetDateTime deserialize(com.fasterxml.jackson.core.JsonParser p,
              com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
            return OffsetDateTime.parse(p.getText()).withOffsetSameInstant(ZoneOffset.ofHours(9));
          }
        }));
    assertThat(custom.readValue("\"2025-08-12T17:36:06Z\"", OffsetDateTime.class).getOffset())
        .isEqualTo(ZoneOffset.ofHours(9));
  }

  private static OffsetDateTime stock(String text) throws Exception {
    return STOCK.readValue(STOCK.writeValueAsString(text), OffsetDateTime.class);
  }

  /** Same value and offset, or a failure of the same type with the same message. */
  private static void assertSameAsStock(String text) throws Exception {
    String json = STOCK.writeValueAsString(text);
    Object expected;
    try {
      expected = STOCK.readValue(json, OffsetDateTime.class);
    } catch (Exception e) {
      expected = e.getClass().getName() + ": " + e.getMessage();
    }
    Object actual;
    try {
      actual = Json.mapper().readValue(json, OffsetDateTime.class);
    } catch (Exception e) {
      actual = e.getClass().getName() + ": " + e.getMessage();
    }
    assertThat(actual).as(text).isEqualTo(expected);
    if (actual instanceof OffsetDateTime) {
      assertThat(((OffsetDateTime) actual).getOffset()).as(text).isEqualTo(((OffsetDateTime) expected).getOffset());
    }
  }
}
