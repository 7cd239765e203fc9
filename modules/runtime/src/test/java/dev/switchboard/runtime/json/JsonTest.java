package dev.switchboard.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.junit.jupiter.api.Test;

/** The shared mapper carries the modules the benchmarks measured (BENCHMARKS.md, "Issue 14: performance holds"). */
class JsonTest {
  @Test
  void blackbirdIsRegisteredOnTheSharedMapperAndOnFreshOnes() {
    assertThat(Json.mapper().getRegisteredModuleIds()).contains(new BlackbirdModule().getTypeId());
    assertThat(Json.newMapper().getRegisteredModuleIds()).contains(new BlackbirdModule().getTypeId());
  }
}
