package dev.switchboard.runtime.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * The one Jackson configuration every Switchboard client uses.
 *
 * <ul>
 *   <li>java.time types as ISO-8601 strings, offsets kept as sent; the usual RFC 3339
 *       {@code OffsetDateTime} form read without the general-purpose formatter;
 *   <li>unknown properties ignored, so a platform adding a field breaks nobody;
 *   <li>unknown enum values decoded to the generated placeholder constant, never a failure;
 *   <li>unset optional fields omitted from request bodies, while a field explicitly set to null
 *       through {@code JsonNullable} is still sent as {@code null} (PATCH semantics).
 * </ul>
 */
public final class Json {
  private static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  /**
   * The shared, thread-safe mapper. Do not reconfigure it; call {@link #newMapper()} for a copy.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A fresh mapper with Switchboard's configuration.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        // In front of JavaTimeModule's OffsetDateTime parsing, which was about 40% of a 100-agent
        // list call: same values, same errors (FastOffsetDateTime says which inputs it takes).
        .addModule(FastOffsetDateTime.module())
        .addModule(new JsonNullableModule())
        // No Blackbird (jackson-module-blackbird): it saved about 17% of a 100-agent page's decode,
        // but it spins one hidden class per property on first use (107 for a Bird agent), which
        // made the first call about 8% of raw's cold start slower (BENCHMARKS.md, "Cold start, A
        // against B").
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
