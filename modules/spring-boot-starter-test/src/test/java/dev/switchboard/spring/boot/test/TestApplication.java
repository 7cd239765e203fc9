package dev.switchboard.spring.boot.test;

import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application as a user writes one: the starter and the actuator on the classpath,
 * nothing about Switchboard configured in code. For the tests, a {@link SimpleTracer} stands in for
 * a tracing backend (Spring Boot turns its own tracing off in tests).
 */
@SpringBootApplication
public class TestApplication {
  @Bean
  SimpleTracer simpleTracer() {
    return new SimpleTracer();
  }

  @Bean
  DefaultTracingObservationHandler tracingObservationHandler(SimpleTracer tracer) {
    return new DefaultTracingObservationHandler(tracer);
  }
}
