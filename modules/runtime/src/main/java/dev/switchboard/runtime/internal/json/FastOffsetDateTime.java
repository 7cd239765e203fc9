package dev.switchboard.runtime.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A fast path in front of jackson-datatype-jsr310's {@code OffsetDateTime} deserializer.
 *
 * <p>Why: a CPU profile of the 100-agent Bird list at 16 callers (BENCHMARKS.md, "Issue 14") put
 * about 42% of the call in {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse} (seven date-times
 * per agent; the formatter's generic parse fills a {@code HashMap} of fields and resolves it for
 * every value). The specs' date-times are RFC 3339 ({@code format: date-time}), in practice the
 * form {@code 2025-08-12T17:36:06.104Z} of Bird's agent fixture, which needs no formatter: this
 * reads that one form straight from the parser's characters.
 *
 * <p>The result is the same value the stock deserializer gives: anything else (another layout, a
 * lower-case {@code t} or {@code z}, surrounding blanks, seconds in the offset, numbers, an
 * impossible date), a {@code @JsonFormat} on the property, or
 * {@link DeserializationFeature#ADJUST_DATES_TO_CONTEXT_TIME_ZONE} turned on, goes to the stock
 * deserializer, unchanged, with its own errors.
 */
final class FastOffsetDateTime extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  FastOffsetDateTime(JsonDeserializer<?> stock) {
    super(stock);
  }

  /**
   * The module that puts the fast path in front of whatever {@code OffsetDateTime} deserializer the
   * mapper's JavaTimeModule registered (so its features and settings stay in force).
   */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("switchboard-fast-offset-date-time");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        // Only JavaTimeModule's own class: a deserializer someone registered for OffsetDateTime
        // (or a subclass of it) means other rules, and the fast path must not bypass them.
        return description.getBeanClass() == OffsetDateTime.class && deserializer.getClass() == InstantDeserializer.class
            ? new FastOffsetDateTime(deserializer) : deserializer;
      }
    });
    return module;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> contextual) {
    // The stock deserializer changed itself for this property (a @JsonFormat): it alone decides.
    return contextual;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING) && !ctxt.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
      OffsetDateTime value = parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (value != null) {
        return value;
      }
    }
    return _delegatee.deserialize(p, ctxt);
  }

  /**
   * Reads {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:mm)}, exactly that and nothing around it.
   *
   * @return the value, or null when the text is anything else or names no real instant
   */
  static OffsetDateTime parse(char[] c, int off, int len) {
    if (len < 20 || c[off + 4] != '-' || c[off + 7] != '-' || c[off + 10] != 'T' || c[off + 13] != ':'
        || c[off + 16] != ':') {
      return null;
    }
    int year = digits(c, off, 4);
    int month = digits(c, off + 5, 2);
    int day = digits(c, off + 8, 2);
    int hour = digits(c, off + 11, 2);
    int minute = digits(c, off + 14, 2);
    int second = digits(c, off + 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = off + 19;
    int end = off + len;
    int nano = 0;
    if (c[i] == '.') {
      int start = ++i;
      while (i < end && i - start < 9 && c[i] >= '0' && c[i] <= '9') {
        nano = nano * 10 + (c[i] - '0');
        i++;
      }
      if (i == start) {
        return null;
      }
      nano *= SCALE[i - start];
    }
    ZoneOffset offset;
    if (i == end - 1 && c[i] == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == end - 6 && (c[i] == '+' || c[i] == '-') && c[i + 3] == ':') {
      int oh = digits(c, i + 1, 2);
      int om = digits(c, i + 4, 2);
      if ((oh | om) < 0) {
        return null;
      }
      try {
        offset = c[i] == '+' ? ZoneOffset.ofHoursMinutes(oh, om) : ZoneOffset.ofHoursMinutes(-oh, -om);
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null; // e.g. 30 February: the stock deserializer reports it in its own words
    }
  }

  /** The decimal value of {@code n} ASCII digits, or -1 when one is not a digit. */
  private static int digits(char[] c, int at, int n) {
    int v = 0;
    for (int k = at; k < at + n; k++) {
      int d = c[k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
