/**
 * Bird in the sandbox: its fake (package-private, plugged in by
 * {@link dev.switchboard.bird.sandbox.BirdFakeProvider}, which {@link java.util.ServiceLoader} finds), the
 * fake's fixed test values ({@link dev.switchboard.bird.sandbox.BirdSandbox}) and its fixtures
 * ({@link dev.switchboard.bird.sandbox.BirdFixtures}).
 */
package dev.switchboard.bird.sandbox;
