package dev.switchboard.runtime.internal.graphql;

import com.apollographql.apollo3.api.Adapter;
import com.apollographql.apollo3.api.CustomScalarAdapters;
import com.apollographql.apollo3.api.json.JsonReader;
import com.apollographql.apollo3.api.json.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Maps a GraphQL {@code DateTime} scalar (ISO-8601 with offset) to {@link OffsetDateTime}. The
 * generator wires it in through {@code scalarsMapping} in {@code codegen/pom.xml}.
 */
public final class OffsetDateTimeAdapter implements Adapter<OffsetDateTime> {
  /** The shared, stateless instance the generated code refers to. */
  public static final OffsetDateTimeAdapter INSTANCE = new OffsetDateTimeAdapter();

  @Override
  public OffsetDateTime fromJson(JsonReader reader, CustomScalarAdapters adapters) throws IOException {
    return OffsetDateTime.parse(reader.nextString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  @Override
  public void toJson(JsonWriter writer, CustomScalarAdapters adapters, OffsetDateTime value) throws IOException {
    writer.value(value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }
}
