package dev.switchboard.runtime.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated method whose HTTP method is not idempotent (a POST) but whose operation is a
 * read, so repeating it cannot duplicate a write: LiveChat's {@code get_*} RPC methods, GraphQL
 * queries. The generator emits it for operations carrying {@code x-idempotent: true} in the spec,
 * as documentation on the interface; the retry step reads the same fact from the method's
 * {@link Operation#isIdempotent()}, so no annotation is read per call.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {}
