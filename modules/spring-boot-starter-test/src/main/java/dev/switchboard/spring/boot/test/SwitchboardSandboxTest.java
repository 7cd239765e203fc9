package dev.switchboard.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Spring Boot test class (e.g. with {@code @SpringBootTest}): starts the Switchboard sandbox
 * on a free loopback port for the test's application context, points every
 * {@code switchboard.<platform>.*} property the sandbox's platforms need (URL, credential, ids) at
 * it, and makes the running {@link dev.switchboard.sandbox.Sandbox} a bean (to reset it, seed demo
 * data or throttle a platform). The sandbox stops when the context closes.
 *
 * <p>The sandbox's properties have the lowest precedence, so a test's own properties win: e.g.
 * {@code @SpringBootTest(properties = "switchboard.bird.access-key=wrong")} to see Bird's health
 * go {@code DOWN}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SwitchboardSandboxTest {}
