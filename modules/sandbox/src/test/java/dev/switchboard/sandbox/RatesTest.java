package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The command line's latency and rate values. */
class RatesTest {
  @Test
  void latencies() {
    assertThat(Rates.latency("100ms")).isEqualTo(Duration.ofMillis(100));
    assertThat(Rates.latency("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(Rates.latency("0")).isEqualTo(Duration.ZERO);
    assertThatThrownBy(() -> Rates.latency("fast")).hasMessageContaining("'fast'").hasMessageContaining("100ms");
    assertThatThrownBy(() -> Rates.latency("100")).hasMessageContaining("'100'");
  }

  @Test
  void rates() {
    assertThat(Rates.perSecond("50/s")).isEqualTo(50.0);
    assertThat(Rates.perSecond("3000/min")).isEqualTo(50.0);
    assertThat(Rates.perSecond("0.5/s")).isEqualTo(0.5);
    assertThatThrownBy(() -> Rates.perSecond("0/s")).hasMessageContaining("above 0");
    assertThatThrownBy(() -> Rates.perSecond("50")).hasMessageContaining("'50'").hasMessageContaining("50/s");
  }
}
