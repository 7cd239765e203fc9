package dev.switchboard.runtime.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * The shared mapper carries exactly the modules the benchmarks measured. A module added here is
 * paid on every client's first call (Blackbird was, about 8% of raw's cold start, and was taken out
 * again): add one only with a {@code benchmarks/coldstart} run in BENCHMARKS.md.
 */
class JsonTest {
  @Test
  void theSharedMapperAndFreshOnesCarryOnlyTheMeasuredModules() {
    Object[] expected = {
        new JavaTimeModule().getTypeId(), FastOffsetDateTime.module().getTypeId(), new JsonNullableModule().getTypeId()};
    assertThat(Json.mapper().getRegisteredModuleIds()).containsExactlyInAnyOrder(expected);
    assertThat(Json.newMapper().getRegisteredModuleIds()).containsExactlyInAnyOrder(expected);
  }
}
