package dev.switchboard.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void backoffIsFullJitterUnderAnExponentialCeiling() {
    RetryPolicy p = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(350)).build();
    for (int i = 0; i < 200; i++) {
      assertThat(p.delayBefore(1, null)).isBetween(Duration.ZERO, Duration.ofMillis(100));
      assertThat(p.delayBefore(2, null)).isBetween(Duration.ZERO, Duration.ofMillis(200));
      assertThat(p.delayBefore(5, null)).isBetween(Duration.ZERO, Duration.ofMillis(350));
    }
  }

  @Test
  void retryAfterIsHonouredUpToTheCap() {
    RetryPolicy p = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(5)).build();
    assertThat(p.delayBefore(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    assertThat(p.delayBefore(1, Duration.ofSeconds(6))).isNull();
  }

  @Test
  void parsesRetryAfterAsSecondsOrHttpDate() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    assertThat(Responses.retryAfter("7", clock)).isEqualTo(Duration.ofSeconds(7));
    assertThat(Responses.retryAfter("Sat, 21 Nov 2026 10:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
    assertThat(Responses.retryAfter("Sat, 21 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    assertThat(Responses.retryAfter("soon", clock)).isNull();
    assertThat(Responses.retryAfter(null, clock)).isNull();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
  }
}
